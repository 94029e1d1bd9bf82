package dev.agentcore4j.model.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The small bundled knowledge set ({@code knowledge.tsv}): short answers in English and Japanese,
 * found by the longest key that occurs in the prompt (so "AgentCore4J" beats "AgentCore").
 */
final class KnowledgeBase {

    record Entry(List<String> keys, String english, String japanese) { }

    private static final String RESOURCE = "knowledge.tsv";

    private final List<Entry> entries;

    private KnowledgeBase(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static KnowledgeBase bundled() {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            var entries = new ArrayList<Entry>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": expected 3 tab-separated columns: " + line);
                }
                List<String> keys = List.of(cols[0].toLowerCase(Locale.ROOT).split(","));
                entries.add(new Entry(keys, cols[1], cols[2]));
            }
            return new KnowledgeBase(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Entry> lookup(String prompt) {
        String text = prompt.toLowerCase(Locale.ROOT);
        Entry best = null;
        int bestLength = 0;
        for (Entry entry : entries) {
            for (String key : entry.keys()) {
                if (key.length() > bestLength && containsKey(text, key)) {
                    best = entry;
                    bestLength = key.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    int size() {
        return entries.size();
    }

    /** ASCII keys must match whole words ("rag" is not in "storage"); Japanese keys match anywhere. */
    private static boolean containsKey(String text, String key) {
        if (!key.chars().allMatch(c -> c < 128)) {
            return text.contains(key);
        }
        int from = 0;
        for (int i = text.indexOf(key, from); i >= 0; i = text.indexOf(key, from)) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || Language.isJapanese(text.charAt(i - 1));
            int end = i + key.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || Language.isJapanese(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
        return false;
    }
}
