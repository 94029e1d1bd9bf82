package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyzeTextToolTest {

    private final ToolCalls tools = ToolCalls.of(ToolsConfig.defaults().dataDir(Path.of("unused")));

    private Map<String, Object> analyze(String text) {
        return tools.ok("analyze_text", Map.of("text", text));
    }

    @Test
    void counts_english_characters_words_sentences_and_lines() {
        Map<String, Object> stats = analyze("The agent calls tools. Tools return results!\nIs pi 3.14? Yes");

        assertThat(stats).containsEntry("characters", 60).containsEntry("characters_without_spaces", 50)
                .containsEntry("words", 11).containsEntry("english_words", 10L)
                .containsEntry("sentences", 4).containsEntry("lines", 2L)
                .containsEntry("digits", 3).containsEntry("language", "en");
        assertThat(keywords(stats)).first().isEqualTo(Map.of("keyword", "tools", "count", 2));
    }

    @Test
    void counts_japanese_scripts_sentences_and_script_runs() {
        Map<String, Object> stats = analyze("東京の天気は晴れです。明日はエージェントが雨を予報しました！\n天気予報を見ますか？");

        assertThat(stats).containsEntry("sentences", 3).containsEntry("lines", 2L)
                .containsEntry("katakana", 6).containsEntry("language", "ja")
                .containsEntry("latin_letters", 0).containsEntry("english_words", 0L);
        assertThat((int) stats.get("kanji")).isEqualTo(15);
        assertThat((int) stats.get("hiragana")).isEqualTo(16);
        assertThat((int) stats.get("words")).isGreaterThan(10);
        assertThat(keywords(stats)).extracting(k -> k.get("keyword")).contains("天気", "エージェント", "天気予報", "東京");
    }

    @Test
    void detects_mixed_text_and_counts_full_width_characters_as_one_each() {
        Map<String, Object> stats = analyze("AgentCore Runtime は サーバーレス です");
        assertThat(stats).containsEntry("language", "mixed").containsEntry("characters", 29);
        assertThat(analyze("１２３")).containsEntry("digits", 3).containsEntry("language", "unknown");
    }

    @Test
    void does_not_split_sentences_at_decimals_or_domain_names() {
        assertThat(TextStats.sentences("Version 3.14 ships on example.com today. Really?! Yes.")).isEqualTo(3);
        assertThat(TextStats.sentences("「はい。」と言った。")).isEqualTo(2);
        assertThat(TextStats.sentences("no terminator")).isEqualTo(1);
    }

    @Test
    void rejects_missing_empty_and_oversized_text() {
        assertThat(tools.error("analyze_text", Map.of())).isEqualTo("argument 'text' is required");
        assertThat(tools.error("analyze_text", Map.of("text", ""))).isEqualTo("text must not be empty");
        assertThat(tools.error("analyze_text", Map.of("text", "a".repeat(100_001))))
                .isEqualTo("text is too long (100001 characters, at most 100000)");
        assertThat(analyze("   ")).containsEntry("characters", 3).containsEntry("characters_without_spaces", 0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> keywords(Map<String, Object> stats) {
        return (List<Map<String, Object>>) stats.get("top_keywords");
    }
}
