package dev.agentcore4j.tools;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BM25 over the corpus chunks. English: lower-cased words without stopwords and with a plural 's'
 * dropped. Japanese has no spaces, so katakana and kanji runs become character bigrams (a one-character
 * run stays a unigram): 仮想スレッド → 仮想, スレ, レッ, ッド. Hiragana is mostly particles and is skipped.
 */
final class LexicalIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Map<String, Integer>> termCounts = new ArrayList<>();
    private final int[] lengths;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    LexicalIndex(List<String> texts) {
        lengths = new int[texts.size()];
        long total = 0;
        for (int i = 0; i < texts.size(); i++) {
            List<String> terms = terms(texts.get(i));
            Map<String, Integer> counts = new HashMap<>();
            terms.forEach(t -> counts.merge(t, 1, Integer::sum));
            counts.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            termCounts.add(counts);
            lengths[i] = terms.size();
            total += terms.size();
        }
        averageLength = texts.isEmpty() ? 1 : Math.max(1, (double) total / texts.size());
    }

    /** One BM25 score per indexed text, in index order. */
    double[] scores(String query) {
        double[] scores = new double[lengths.length];
        int n = lengths.length;
        for (String term : new LinkedHashSet<>(terms(query))) {
            int df = documentFrequency.getOrDefault(term, 0);
            if (df == 0) {
                continue;
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            for (int i = 0; i < n; i++) {
                int tf = termCounts.get(i).getOrDefault(term, 0);
                if (tf > 0) {
                    scores[i] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[i] / averageLength));
                }
            }
        }
        return scores;
    }

    static List<String> terms(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> terms = new ArrayList<>();
        var word = new StringBuilder();
        var run = new StringBuilder();
        Scripts runScript = Scripts.OTHER;
        for (int i = 0; i <= normalised.length(); ) {
            int cp = i < normalised.length() ? normalised.codePointAt(i) : ' ';
            i += i < normalised.length() ? Character.charCount(cp) : 1;
            Scripts script = Scripts.of(cp);
            boolean latin = script == Scripts.LATIN || script == Scripts.DIGIT;
            if (latin) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                english(word.toString(), terms);
                word.setLength(0);
            }
            Scripts bigrammed = script == Scripts.KATAKANA || script == Scripts.KANJI ? script : Scripts.OTHER;
            if (bigrammed != runScript && !run.isEmpty()) {
                bigrams(run.toString(), terms);
                run.setLength(0);
            }
            runScript = bigrammed;
            if (bigrammed != Scripts.OTHER) {
                run.appendCodePoint(cp);
            }
        }
        return terms;
    }

    private static void english(String word, List<String> terms) {
        if (word.length() < 2 || Keywords.ENGLISH_STOPWORDS.contains(word)) {
            return;
        }
        terms.add(word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word);
    }

    private static void bigrams(String run, List<String> terms) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            terms.add(run);
            return;
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            terms.add(new String(cps, i, 2));
        }
    }
}
