package dev.agentcore4j.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckTest {

    private static Transcript answer(String text, ToolCall... calls) {
        return new Transcript(text, List.of(calls), 10, 5);
    }

    @Test
    void tool_check_passes_when_a_call_includes_the_expected_arguments() {
        var check = new Check.ToolCalled("get_current_weather", Map.of("city", "Tokyo"));
        var transcript = answer("18.5°C", new ToolCall("get_current_weather", Map.of("city", "Tokyo", "unit", "celsius")));

        assertThat(check.failure(transcript)).isEmpty();
    }

    @Test
    void tool_check_fails_naming_the_calls_seen_when_the_tool_was_not_called() {
        var check = new Check.ToolCalled("calculate", Map.of());

        assertThat(check.failure(answer("hi", new ToolCall("get_current_time", Map.of()))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("calculate", "get_current_time"));
    }

    @Test
    void tool_check_fails_when_an_argument_differs() {
        var check = new Check.ToolCalled("get_current_weather", Map.of("city", "Tokyo"));
        var transcript = answer("", new ToolCall("get_current_weather", Map.of("city", "Osaka")));

        assertThat(check.failure(transcript)).hasValueSatisfying(reason -> assertThat(reason).contains("Osaka"));
    }

    @Test
    void tool_check_compares_numbers_by_value_and_nested_objects_as_subsets() {
        var check = new Check.ToolCalled("search_documents", Map.of("top_k", 3, "filter", Map.of("lang", "ja")));
        var transcript = answer("", new ToolCall("search_documents",
                Map.of("top_k", 3.0, "filter", Map.of("lang", "ja", "year", 2025), "query", "x")));

        assertThat(check.failure(transcript)).isEmpty();
    }

    @Test
    void facts_check_passes_only_when_every_fact_is_in_the_answer() {
        var check = new Check.Facts(List.of("18.5°C", "Tokyo"));

        assertThat(check.failure(answer("The weather in Tokyo is 18.5°C"))).isEmpty();
        assertThat(check.failure(answer("The weather in Osaka is 18.5°C")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("[Tokyo]", "Osaka"));
    }

    @Test
    void absent_check_fails_when_the_answer_invents_data() {
        var check = new Check.Absent(List.of("°C"));

        assertThat(check.failure(answer("unknown city 'Atlantis'"))).isEmpty();
        assertThat(check.failure(answer("Atlantis is sunny, 25°C"))).hasValueSatisfying(r -> assertThat(r).contains("°C"));
    }

    @Test
    void no_tools_check_fails_when_any_tool_was_called() {
        var check = new Check.NoToolCalls();

        assertThat(check.failure(answer("hello"))).isEmpty();
        assertThat(check.failure(answer("hello", new ToolCall("calculate", Map.of("expression", "1+1")))))
                .hasValueSatisfying(r -> assertThat(r).contains("calculate"));
    }

    @Test
    void a_scenario_reports_every_failed_check() {
        var scenario = new Scenario("s", Category.ERROR_HANDLING, "en", List.of("weather in Atlantis?"),
                List.of(new Check.Facts(List.of("unknown city")), new Check.Absent(List.of("°C")), new Check.NoToolCalls()));

        assertThat(scenario.judge(answer("unknown city 'Atlantis'"))).isEmpty();
        assertThat(scenario.judge(answer("Atlantis: 25°C", new ToolCall("get_current_weather", Map.of()))))
                .hasSize(3);
    }
}
