package dev.agentcore4j.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void is_japanese_agrees_with_the_unicode_script_for_every_code_point() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            var script = Character.UnicodeScript.of(cp);
            boolean expected = script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN;
            if (Language.isJapanese(cp) != expected) {
                assertThat(Language.isJapanese(cp)).as("U+%04X", cp).isEqualTo(expected);
            }
        }
    }

    @Test
    void a_prompt_with_kana_or_kanji_is_japanese_and_latin_text_is_english() {
        assertThat(Language.of("東京の天気は？")).isEqualTo(Language.JA);
        assertThat(Language.of("ｶﾀｶﾅ")).isEqualTo(Language.JA);
        assertThat(Language.of("Crème brûlée, naïve café — 15 × 23")).isEqualTo(Language.EN);
    }
}
