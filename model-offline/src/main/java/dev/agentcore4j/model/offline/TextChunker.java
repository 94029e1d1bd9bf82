package dev.agentcore4j.model.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an answer into stream deltas of about three words each; a run of Japanese text (no spaces)
 * counts one "word" per six characters. Joining the chunks gives the text back exactly.
 */
final class TextChunker {

    private static final int WORDS_PER_CHUNK = 3;
    private static final int CJK_CHARS_PER_WORD = 6;
    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

    private TextChunker() {
    }

    static List<String> chunks(String text) {
        var words = new ArrayList<String>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (word.codePoints().anyMatch(Language::isJapanese) && word.length() > CJK_CHARS_PER_WORD) {
                for (int i = 0; i < word.length(); i += CJK_CHARS_PER_WORD) {
                    int end = Math.min(word.length(), i + CJK_CHARS_PER_WORD);
                    if (end < word.length() && Character.isHighSurrogate(word.charAt(end - 1))) {
                        end++;
                    }
                    words.add(word.substring(i, end));
                    i = end - CJK_CHARS_PER_WORD;
                }
            } else {
                words.add(word);
            }
        }
        var chunks = new ArrayList<String>();
        for (int i = 0; i < words.size(); i += WORDS_PER_CHUNK) {
            chunks.add(String.join("", words.subList(i, Math.min(words.size(), i + WORDS_PER_CHUNK))));
        }
        return chunks;
    }
}
