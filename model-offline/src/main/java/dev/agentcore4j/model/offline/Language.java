package dev.agentcore4j.model.offline;

/** The language of an answer: Japanese when the prompt contains kana or kanji, English otherwise. */
enum Language {
    EN,
    JA;

    static Language of(String text) {
        return text.codePoints().anyMatch(Language::isJapanese) ? JA : EN;
    }

    static boolean isJapanese(int codePoint) {
        // Hiragana, Katakana and Han all start at U+2E80 (CJK Radicals Supplement); below it the
        // script lookup, a binary search over the whole script table, is wasted on Latin text.
        if (codePoint < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HAN;
    }

    /** Picks the text for this language. */
    String pick(String english, String japanese) {
        return this == JA ? japanese : english;
    }
}
