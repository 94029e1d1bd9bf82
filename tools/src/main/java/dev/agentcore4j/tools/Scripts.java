package dev.agentcore4j.tools;

/** The scripts the text tools tell apart. */
enum Scripts {
    HIRAGANA, KATAKANA, KANJI, LATIN, DIGIT, OTHER;

    static Scripts of(int cp) {
        if (Character.isDigit(cp)) {
            return DIGIT;
        }
        if (cp == 'ー' || cp == 'ｰ') {
            return KATAKANA; // the prolonged sound mark is script Common but is written inside katakana words
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case HIRAGANA -> HIRAGANA;
            case KATAKANA -> KATAKANA;
            case HAN -> KANJI;
            case LATIN -> Character.isLetter(cp) ? LATIN : OTHER;
            default -> OTHER;
        };
    }

    boolean isJapanese() {
        return this == HIRAGANA || this == KATAKANA || this == KANJI;
    }
}
