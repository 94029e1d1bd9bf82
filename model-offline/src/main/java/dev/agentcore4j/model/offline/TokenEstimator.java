package dev.agentcore4j.model.offline;

/**
 * A deterministic token estimate, close enough to real tokenizers for benchmarks to compare runs:
 * one token per run of Latin letters or digits (a word or a number), one token per kana or kanji
 * character, and one token per other visible symbol (punctuation, operators). Whitespace is free.
 * "What is 15 * 23?" is 6 tokens; "東京の天気" is 5.
 */
final class TokenEstimator {

    private TokenEstimator() {
    }

    static int estimate(String text) {
        int tokens = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Language.isJapanese(cp)) {
                tokens++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    tokens++;
                    inWord = true;
                }
            } else {
                inWord = false;
                if (!Character.isWhitespace(cp)) {
                    tokens++;
                }
            }
        }
        return tokens;
    }
}
