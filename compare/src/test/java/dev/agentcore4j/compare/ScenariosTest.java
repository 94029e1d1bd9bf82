package dev.agentcore4j.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenariosTest {

    @Test
    void bundled_suite_covers_every_category_in_english_and_japanese() {
        List<Scenario> suite = Scenarios.bundled();

        for (Category category : Category.values()) {
            for (String language : List.of("en", "ja")) {
                assertThat(suite).as(category + " " + language)
                        .anyMatch(s -> s.category() == category && s.language().equals(language));
            }
        }
    }

    @Test
    void memory_scenarios_have_several_turns_and_error_scenarios_forbid_invented_data() {
        List<Scenario> suite = Scenarios.bundled();

        assertThat(suite).filteredOn(s -> s.category() == Category.MEMORY).allMatch(s -> s.turns().size() > 1);
        assertThat(suite).filteredOn(s -> s.id().startsWith("error-unknown-city"))
                .allMatch(s -> s.checks().stream().anyMatch(Check.Absent.class::isInstance));
    }

    @Test
    void every_check_kind_is_read_from_its_key() {
        List<Scenario> suite = parse("""
                {"scenarios": [{"id": "a", "category": "multi_tool", "language": "en", "turns": ["hi"],
                  "checks": [{"tool": "calculate", "input": {"expression": "1+1"}}, {"facts": ["2"]},
                             {"absent": ["3"]}, {"no_tools": true}]}]}""");

        assertThat(suite.getFirst().checks()).containsExactly(
                new Check.ToolCalled("calculate", java.util.Map.of("expression", "1+1")),
                new Check.Facts(List.of("2")), new Check.Absent(List.of("3")), new Check.NoToolCalls());
    }

    @Test
    void malformed_files_are_rejected_naming_the_scenario_and_the_fix() {
        assertThatThrownBy(() -> parse("{\"scenarios\": [{\"id\": \"x\", \"category\": \"basic\", \"turns\": [\"hi\"], \"checks\": [{\"facts\": [\"a\"]}]}]}"))
                .hasMessage("scenario x needs a \"language\" field");
        assertThatThrownBy(() -> parse("{\"scenarios\": [{\"id\": \"x\", \"category\": \"speed\", \"language\": \"en\", \"turns\": [\"hi\"], \"checks\": [{\"facts\": [\"a\"]}]}]}"))
                .hasMessageContaining("unknown category 'speed'; use one of basic, memory, tool_use");
        assertThatThrownBy(() -> parse("{\"scenarios\": [{\"id\": \"x\", \"category\": \"basic\", \"language\": \"en\", \"turns\": [\"hi\"], \"checks\": [{\"maybe\": 1}]}]}"))
                .hasMessageContaining("use tool, facts, absent or no_tools");
        assertThatThrownBy(() -> parse("{\"scenarios\": [{\"id\": \"x\", \"category\": \"basic\", \"language\": \"en\", \"turns\": [\"hi\"], \"checks\": []}]}"))
                .hasMessageContaining("has no checks");
        assertThatThrownBy(() -> parse("not json")).hasMessageStartingWith("the scenario file is not valid JSON");
    }

    private static List<Scenario> parse(String json) {
        return Scenarios.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
