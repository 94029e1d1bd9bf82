package dev.agentcore4j.memory.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelException;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.ScriptedModel;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.model.offline.ExtractionPrompt;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Model output is external input: every way a scripted model can answer wrongly, and what comes of it. */
class ModelAnswerValidationTest {

    private static final List<Utterance> CHAT = List.of(Utterance.user("My name is Taro.\nI live in Osaka."), Utterance.assistant("Hello Taro."));

    private static Extraction answer(String text, List<String> existing) {
        return Extractor.using(ScriptedModel.of(Message.assistant(text))).extraction(StrategyKind.SEMANTIC, CHAT, existing);
    }

    private static Extraction answer(String text) {
        return answer(text, List.of());
    }

    @Test
    void the_request_carries_the_strategy_prompt_the_conversation_and_the_known_records() {
        var model = ScriptedModel.of(Message.assistant("{\"records\": []}"));
        Extractor.using(model).extract(StrategyKind.USER_PREFERENCE, CHAT, List.of("The user likes tea."));
        ModelRequest request = model.requests().getFirst();
        assertThat(request.systemPrompt()).startsWith(ExtractionPrompt.MARKER + "\n" + ExtractionPrompt.STRATEGY + "user_preference\n")
                .contains("preferences").contains("{\"records\": [\"record\", \"record\"]}");
        assertThat(request.messages()).singleElement().extracting(Message::text).isEqualTo("""
                Conversation:
                user: My name is Taro. I live in Osaka.
                assistant: Hello Taro.
                Already remembered:
                - The user likes tea.
                """);
        assertThat(request.options().temperature()).hasValue(0);
    }

    @Test
    void a_valid_answer_gives_its_records_flattened_and_stripped() {
        assertThat(answer("{\"records\": [\" The user's name is Taro.\\n\", \"The user lives\\nin Osaka.\"]}").records())
                .containsExactly("The user's name is Taro.", "The user lives in Osaka.");
    }

    @Test
    void one_markdown_fence_around_the_json_is_tolerated() {
        assertThat(answer("```json\n{\"records\": [\"The user's name is Taro.\"]}\n```").records()).containsExactly("The user's name is Taro.");
    }

    @Test
    void an_answer_that_is_not_json_fails_and_says_where() {
        assertThatThrownBy(() -> answer("The user's name is Taro."))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("SEMANTIC extraction: the model's answer is not one JSON value (")
                .hasMessageContaining("line 1, column")
                .hasMessageContaining("The model must answer only {\"records\": [\"...\"]}");
        assertThatThrownBy(() -> answer("{\"records\": [\"a\"]} I hope this helps!"))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("not one JSON value");
        assertThatThrownBy(() -> answer("{\"records\": [\"a\"")).isInstanceOf(ExtractionException.class).hasMessageContaining("not one JSON value");
        assertThatThrownBy(() -> answer("")).isInstanceOf(ExtractionException.class).hasMessageContaining("answered with no text");
    }

    @Test
    void an_answer_of_the_wrong_shape_fails_and_names_the_problem() {
        assertThatThrownBy(() -> answer("[\"The user's name is Taro.\"]")).hasMessageContaining("is a JSON array, not an object");
        assertThatThrownBy(() -> answer("{\"facts\": []}")).hasMessageContaining("fields other than \"records\": [facts]");
        assertThatThrownBy(() -> answer("{}")).hasMessageContaining("has no \"records\" field");
        assertThatThrownBy(() -> answer("{\"records\": \"The user's name is Taro.\"}")).hasMessageContaining("\"records\" is a JSON string, not an array");
        assertThatThrownBy(() -> answer("{\"records\": [], \"records\": [\"x\"]}")).hasMessageContaining("Duplicate field 'records'");
    }

    @Test
    void an_oversized_answer_fails_before_it_is_parsed() {
        String huge = "{\"records\": [\"" + "x".repeat(AnswerParser.MAX_ANSWER_CHARS) + "\"]}";
        assertThatThrownBy(() -> answer(huge)).isInstanceOf(ExtractionException.class).hasMessageContaining("at most 65536 are read");
    }

    @Test
    void candidates_of_the_wrong_type_empty_too_long_or_with_control_characters_are_dropped_with_a_reason() {
        Extraction result = answer("{\"records\": [\"The user's name is Taro.\", 42, null, {\"text\": \"x\"}, \"  \", \""
                + "a".repeat(ExtractionPrompt.MAX_RECORD_CHARS + 1) + "\", \"bell\\u0007\", \"" + "字".repeat(ExtractionPrompt.MAX_RECORD_CHARS) + "\"]}");
        assertThat(result.records()).containsExactly("The user's name is Taro.", "字".repeat(ExtractionPrompt.MAX_RECORD_CHARS));
        assertThat(result.dropped()).extracting(Extraction.Dropped::reason).containsExactly(
                "not a string but a JSON number", "not a string but a JSON null", "not a string but a JSON object", "empty",
                "longer than 500 characters (501)", "contains control characters");
        assertThat(result.dropped().getFirst().text()).isEqualTo("42");
    }

    @Test
    void duplicates_of_known_records_and_within_the_answer_are_dropped() {
        Extraction result = answer("{\"records\": [\"The user lives in Osaka.\", \"THE USER LIVES IN OSAKA\", \"The user's name is Taro.\"]}",
                List.of("The user's name is Taro"));
        assertThat(result.records()).containsExactly("The user lives in Osaka.");
        assertThat(result.dropped()).extracting(Extraction.Dropped::reason).containsExactly("repeated in the answer", "already remembered");
    }

    @Test
    void candidates_beyond_the_record_limit_are_dropped_in_order() {
        String records = IntStream.rangeClosed(1, ExtractionPrompt.MAX_RECORDS + 2).mapToObj(i -> "\"Fact " + i + ".\"")
                .collect(Collectors.joining(", "));
        Extraction result = answer("{\"records\": [" + records + "]}");
        assertThat(result.records()).hasSize(ExtractionPrompt.MAX_RECORDS).first().isEqualTo("Fact 1.");
        assertThat(result.dropped()).extracting(Extraction.Dropped::text).containsExactly("Fact 11.", "Fact 12.");
        assertThat(result.dropped()).extracting(Extraction.Dropped::reason).containsOnly("over the limit of 10 records");
    }

    @Test
    void a_cut_off_or_filtered_answer_fails() {
        var cut = ScriptedModel.builder().turn(Message.assistant("{\"records\": [\"The user"), StopReason.MAX_TOKENS).build();
        assertThatThrownBy(() -> Extractor.using(cut).extract(StrategyKind.SUMMARY, CHAT, List.of()))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("SUMMARY extraction: the model's answer was cut off");
        var filtered = ScriptedModel.builder().turn(Message.assistant("{\"records\": []}"), StopReason.GUARDRAIL_INTERVENED).build();
        assertThatThrownBy(() -> Extractor.using(filtered).extract(StrategyKind.EPISODIC, CHAT, List.of()))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("declined to answer (GUARDRAIL_INTERVENED)");
    }

    @Test
    void a_model_failure_reaches_the_caller_unchanged() {
        var failing = ScriptedModel.builder().fail(new ModelException("throttled", true)).build();
        assertThatThrownBy(() -> Extractor.using(failing).extract(StrategyKind.SEMANTIC, CHAT, List.of()))
                .isInstanceOf(ModelException.class).hasMessage("throttled");
    }

    @Test
    void an_empty_conversation_asks_the_model_nothing() {
        var model = ScriptedModel.of();
        assertThat(Extractor.using(model).extract(StrategyKind.SEMANTIC, List.of(Utterance.user(" ")), List.of())).isEmpty();
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void a_long_conversation_is_cut_to_its_most_recent_utterances() {
        var model = ScriptedModel.of(Message.assistant("{\"records\": []}"));
        List<Utterance> chat = IntStream.range(0, 300).mapToObj(i -> Utterance.user("message " + i)).toList();
        Extractor.using(model).extract(StrategyKind.SUMMARY, chat, List.of());
        List<String> lines = model.requests().getFirst().messages().getFirst().text().lines().toList();
        assertThat(lines).hasSize(1 + ExtractionInput.MAX_UTTERANCES).last().isEqualTo("user: message 299");
        assertThat(lines.get(1)).isEqualTo("user: message 200");
    }
}
