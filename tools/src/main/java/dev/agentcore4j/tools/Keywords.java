package dev.agentcore4j.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Keyword extraction shared by analyze_text and the lexical search: English stopwords, Japanese script runs. */
final class Keywords {

    static final Set<String> ENGLISH_STOPWORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
            "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it",
            "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once",
            "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such",
            "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
            "let", "may", "might", "must", "shall", "get", "got", "via", "per", "etc", "one", "two", "use", "used",
            "using", "s", "t", "don", "isn", "doesn", "it's", "i'm", "you're", "we're", "they're", "can't", "won't",
            "don't", "doesn't", "isn't", "aren't", "didn't");

    private Keywords() {
    }

    /** The {@code limit} most frequent keywords as {keyword, count}, ties in order of first appearance. */
    static List<Map<String, Object>> top(String text, List<String> words, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String word : words) {
            englishKeyword(word).ifPresent(k -> counts.merge(k, 1, Integer::sum));
        }
        for (String run : japaneseRuns(text)) {
            counts.merge(run, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        // A stable sort keeps first-appearance order among equal counts.
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (var entry : entries.subList(0, Math.min(limit, entries.size()))) {
            Map<String, Object> keyword = new LinkedHashMap<>();
            keyword.put("keyword", entry.getKey());
            keyword.put("count", entry.getValue());
            out.add(keyword);
        }
        return out;
    }

    /** A lower-cased Latin word that is not a stopword, a number or a single letter. */
    static Optional<String> englishKeyword(String word) {
        if (Scripts.of(word.codePointAt(0)) != Scripts.LATIN) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.endsWith("'s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        if (lower.length() < 2 || ENGLISH_STOPWORDS.contains(lower) || lower.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(lower);
    }

    /** Maximal katakana runs and kanji runs of two or more characters, in text order (エージェント, 東京, 天気予報). */
    static List<String> japaneseRuns(String text) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        Scripts current = Scripts.OTHER;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            Scripts script = Scripts.of(cp);
            Scripts kind = script == Scripts.KATAKANA || script == Scripts.KANJI ? script : Scripts.OTHER;
            if (kind != current) {
                if (current != Scripts.OTHER && text.codePointCount(start, i) >= 2) {
                    runs.add(text.substring(start, i));
                }
                start = i;
                current = kind;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return runs;
    }
}
