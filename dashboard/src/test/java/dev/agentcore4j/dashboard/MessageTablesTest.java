package dev.agentcore4j.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string is in both message tables, with the same placeholders, and every key the UI uses exists. */
class MessageTablesTest {

    private static final Pattern ENTRY = Pattern.compile("^\\s*'([^']+)':\\s*'((?:[^'\\\\]|\\\\.)*)',?\\s*$", Pattern.MULTILINE);
    private static final Pattern KEY_LITERAL = Pattern.compile("'([a-z]+(?:\\.[A-Za-z0-9_]+)+)'");
    private static final Pattern HTML_KEY = Pattern.compile("data-i18n(?:-label)?=\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** Keys built at run time from a prefix and a value (`trace.status.${status}`): every value they can take. */
    private static final Map<String, Set<String>> DYNAMIC = Map.of(
            "trace.status.", Set.of("running", "success", "error", "pending", "unknown"),
            "model.", Set.of("offline", "bedrock", "openai", "anthropic"),
            "category.", Set.of("basic", "memory", "tool_use", "multi_tool", "error_handling"),
            "bench.status.", Set.of("running", "done", "failed"),
            "bench.finished.", Set.of("running", "done", "failed"),
            "sessions.endedRuntime.", Set.of("stopped", "not_running", "skipped"),
            "option.", Set.of("modelId", "region", "endpoint", "baseUrl", "model", "apiKey", "maxTokens"));

    @Test
    void english_and_japanese_have_the_same_keys_and_placeholders() {
        Map<String, String> en = table("en");
        Map<String, String> ja = table("ja");
        assertThat(en).hasSizeGreaterThan(200);
        assertThat(ja.keySet()).isEqualTo(en.keySet());
        en.forEach((key, text) -> assertThat(placeholders(ja.get(key))).as(key).isEqualTo(placeholders(text)));
    }

    @Test
    void japanese_strings_are_japanese() {
        long japanese = table("ja").values().stream().filter(text -> text.codePoints().anyMatch(c -> c >= 0x3040)).count();
        assertThat(japanese).isGreaterThan(table("ja").size() * 8L / 10);
    }

    @Test
    void every_key_the_pages_use_is_in_the_tables() throws Exception {
        Set<String> keys = table("en").keySet();
        Set<String> used = new TreeSet<>();
        Path root = Path.of(getClass().getClassLoader().getResource("dashboard/index.html").toURI()).getParent();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (name.endsWith(".html")) {
                    collect(HTML_KEY, text, used);
                } else if (name.endsWith(".js") && !name.startsWith("js/i18n/")) {
                    collect(KEY_LITERAL, text, used);
                }
            }
        }
        used.removeIf(key -> key.startsWith("ac4j.")); // localStorage keys, not messages
        DYNAMIC.forEach((prefix, values) -> values.forEach(v -> used.add(prefix + v)));
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(keys).containsAll(used);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        collect(PLACEHOLDER, text, names);
        return names;
    }

    private Map<String, String> table(String language) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dashboard/js/i18n/" + language + ".js")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> entries = new TreeMap<>();
            Matcher m = ENTRY.matcher(text);
            while (m.find()) {
                assertThat(entries.put(m.group(1), m.group(2))).as("duplicate key " + m.group(1)).isNull();
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
