package dev.agentcore4j.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InProcessComparisonIT {

    @TempDir
    Path data;

    private List<Target> targets(List<String> engines) {
        Model model = LocalTargets.model("offline", Map.of());
        var tools = SeedTools.create(ToolsConfig.defaults().dataDir(data).semanticSearch(false));
        return engines.stream().map(e -> LocalTargets.inProcess(e, model, tools)).toList();
    }

    @Test
    void every_scenario_succeeds_on_both_engines_with_the_offline_model() {
        ComparisonResult result = Comparison.run("offline", targets(List.of("strands", "langchain4j")),
                Scenarios.bundled(), 2, Progress.none());

        assertThat(result.engines()).containsExactly("strands", "langchain4j");
        assertThat(result.runs()).hasSize(2 * Scenarios.bundled().size() * 2);
        assertThat(result.runs()).allSatisfy(run -> assertThat(run.success())
                .as(run.engine() + " " + run.scenario() + ": " + run.failures()).isTrue());
        assertThat(result.summary()).containsOnlyKeys("strands", "langchain4j");
        result.summary().forEach((engine, byCategory) -> assertThat(byCategory.get(ComparisonResult.ALL).successRate())
                .as(engine).isEqualTo(1.0));
    }

    @Test
    void both_engines_make_the_same_tool_calls_for_every_scenario() {
        ComparisonResult result = Comparison.run("offline", targets(List.of("strands", "langchain4j")),
                Scenarios.bundled(), 1, Progress.none());

        Map<String, List<ToolCall>> strands = new HashMap<>();
        result.runs().stream().filter(r -> r.engine().equals("strands")).forEach(r -> strands.put(r.scenario(), r.toolCalls()));
        result.runs().stream().filter(r -> r.engine().equals("langchain4j")).forEach(r ->
                assertThat(r.toolCalls()).as(r.scenario()).isEqualTo(strands.get(r.scenario())));
    }

    @Test
    void json_report_has_one_record_per_run_and_a_summary_per_engine_and_category() throws Exception {
        ComparisonResult result = Comparison.run("offline", targets(List.of("strands")), Scenarios.bundled(), 1, Progress.none());

        JsonNode json = new ObjectMapper().readTree(JsonReport.render(result));

        assertThat(json.path("model").asText()).isEqualTo("offline");
        assertThat(json.path("runs")).hasSize(Scenarios.bundled().size());
        JsonNode weather = null;
        for (JsonNode run : json.path("runs")) {
            assertThat(run.fieldNames()).toIterable().contains("engine", "scenario", "category", "language", "success",
                    "latency_ms", "tokens_in", "tokens_out", "tool_calls");
            assertThat(run.path("latency_ms").isNumber()).isTrue();
            if (run.path("scenario").asText().equals("tool-weather-ja")) {
                weather = run;
            }
        }
        assertThat(weather).isNotNull();
        assertThat(weather.path("category").asText()).isEqualTo("tool_use");
        assertThat(weather.path("language").asText()).isEqualTo("ja");
        assertThat(weather.path("tool_calls").get(0).path("name").asText()).isEqualTo("get_current_weather");
        assertThat(weather.path("tool_calls").get(0).path("input").path("city").asText()).isEqualTo("東京");
        assertThat(weather.path("tokens_in").asLong()).isPositive();
        JsonNode strands = json.path("summary").path("strands");
        assertThat(strands.fieldNames()).toIterable()
                .containsExactly("basic", "memory", "tool_use", "multi_tool", "error_handling", "all");
        assertThat(strands.path("all").path("runs").asInt()).isEqualTo(Scenarios.bundled().size());
        assertThat(strands.path("all").path("success_rate").asDouble()).isEqualTo(1.0);
        assertThat(strands.path("memory").fieldNames()).toIterable().contains("latency_p50_ms", "latency_p95_ms",
                "tokens_in_mean", "tokens_out_mean");
    }

    @Test
    void a_broken_answer_is_a_failed_run_with_its_reason() {
        var scenario = new Scenario("wrong-fact", Category.BASIC, "en", List.of("What is the capital of Japan?"),
                List.of(new Check.Facts(List.of("Kyoto"))));

        ComparisonResult result = Comparison.run("offline", targets(List.of("strands")), List.of(scenario), 1, Progress.none());

        assertThat(result.allSucceeded()).isFalse();
        assertThat(result.runs().getFirst().failures().getFirst()).contains("answer lacks [Kyoto]", "Tokyo");
    }

    @Test
    void unknown_engines_and_models_are_refused_with_the_fix() {
        assertThatThrownBy(() -> LocalTargets.engine("crewai")).hasMessage(
                "unknown engine 'crewai'; use one or more of strands,langchain4j");
        assertThatThrownBy(() -> LocalTargets.model("gpt", Map.of())).isInstanceOf(CompareException.class)
                .hasMessage("--model gpt: unknown model 'gpt': use one of offline, bedrock, openai, anthropic");
        assertThatThrownBy(() -> LocalTargets.model("anthropic", Map.of())).isInstanceOf(CompareException.class)
                .hasMessageStartingWith("--model anthropic: Anthropic needs an API key: set ANTHROPIC_API_KEY");
    }
}
