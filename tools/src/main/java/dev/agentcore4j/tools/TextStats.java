package dev.agentcore4j.tools;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * analyze_text's logic: counts for Japanese and English text. Words come from the JDK's word
 * {@link BreakIterator}, which splits Japanese at script changes (kanji, hiragana, katakana runs);
 * keywords are stopword-filtered English words and katakana/kanji runs of two or more characters.
 */
final class TextStats {

    static final int MAX_LENGTH = 100_000;
    private static final int TOP_KEYWORDS = 10;

    private TextStats() {
    }

    static Map<String, Object> analyze(String text) {
        if (text.isEmpty()) {
            throw new ToolFailure("text must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ToolFailure("text is too long (" + text.length() + " characters, at most " + MAX_LENGTH + ")");
        }
        int characters = 0, nonSpace = 0, hiragana = 0, katakana = 0, kanji = 0, latin = 0, digits = 0, punctuation = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            characters++;
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                continue;
            }
            nonSpace++;
            switch (Scripts.of(cp)) {
                case HIRAGANA -> hiragana++;
                case KATAKANA -> katakana++;
                case KANJI -> kanji++;
                case LATIN -> latin++;
                case DIGIT -> digits++;
                case OTHER -> {
                    if (isPunctuation(cp)) {
                        punctuation++;
                    }
                }
            }
        }
        List<String> words = words(text);
        long latinWords = words.stream().filter(w -> Scripts.of(w.codePointAt(0)) == Scripts.LATIN).count();
        int japanese = hiragana + katakana + kanji;

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("characters", characters);
        result.put("characters_without_spaces", nonSpace);
        result.put("words", words.size());
        result.put("english_words", latinWords);
        result.put("sentences", sentences(text));
        result.put("lines", text.lines().count());
        result.put("non_empty_lines", text.lines().filter(line -> !line.isBlank()).count());
        result.put("paragraphs", paragraphs(text));
        result.put("hiragana", hiragana);
        result.put("katakana", katakana);
        result.put("kanji", kanji);
        result.put("latin_letters", latin);
        result.put("digits", digits);
        result.put("punctuation", punctuation);
        result.put("language", language(japanese, latin));
        result.put("top_keywords", Keywords.top(text, words, TOP_KEYWORDS));
        return result;
    }

    /** Word segments that contain a letter or digit, in text order. */
    static List<String> words(String text) {
        BreakIterator iterator = BreakIterator.getWordInstance(Locale.JAPANESE);
        iterator.setText(text);
        List<String> words = new ArrayList<>();
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String segment = text.substring(start, end);
            if (segment.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(segment);
            }
        }
        return words;
    }

    /**
     * Sentences end at 。！？ (full- or half-width) or at '.' followed by a space, a closing quote or the
     * end, so "3.14" and "example.com" do not split. Runs like "?!" end one sentence; trailing text
     * without a terminator is a sentence too.
     */
    static int sentences(String text) {
        int count = 0;
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean terminator = switch (c) {
                case '。', '！', '？', '!', '?', '．' -> true;
                case '.' -> i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))
                        || "\"')」』”’".indexOf(text.charAt(i + 1)) >= 0;
                default -> false;
            };
            if (terminator) {
                if (content) {
                    count++;
                }
                content = false;
            } else if (Character.isLetterOrDigit(c)) {
                content = true;
            }
        }
        return content ? count + 1 : count;
    }

    private static long paragraphs(String text) {
        return text.strip().isEmpty() ? 0 : text.strip().split("\\R\\s*\\R").length;
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static String language(int japanese, int latin) {
        int letters = japanese + latin;
        if (letters == 0) {
            return "unknown";
        }
        double share = (double) japanese / letters;
        return share >= 0.8 ? "ja" : share <= 0.2 ? "en" : "mixed";
    }
}
