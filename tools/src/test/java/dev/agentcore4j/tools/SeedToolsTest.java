package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.agent.ToolSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedToolsTest {

    @TempDir
    Path dataDir;

    @Test
    void creates_the_eight_tools_with_the_names_and_argument_keys_the_offline_model_emits() {
        List<Tool> tools = SeedTools.create(ToolsConfig.defaults().dataDir(dataDir));

        assertThat(tools).extracting(t -> t.spec().name()).containsExactlyElementsOf(SeedTools.NAMES)
                .containsExactly("get_current_weather", "search_documents", "calculate", "get_current_time",
                        "create_task", "list_tasks", "fetch_url", "analyze_text");
        assertThat(properties(tools, "get_current_weather")).containsExactly("city", "unit");
        assertThat(properties(tools, "search_documents")).containsExactly("query", "top_k");
        assertThat(properties(tools, "calculate")).containsExactly("expression");
        assertThat(properties(tools, "get_current_time")).containsExactly("timezone", "city");
        assertThat(properties(tools, "create_task")).containsExactly("title", "description", "due_date", "priority");
        assertThat(properties(tools, "list_tasks")).containsExactly("status");
        assertThat(properties(tools, "fetch_url")).containsExactly("url", "max_chars");
        assertThat(properties(tools, "analyze_text")).containsExactly("text");
        assertThat(tools).allSatisfy(t -> assertThat(t.spec().description()).hasSizeGreaterThan(30));
    }

    @Test
    void creating_the_tools_touches_nothing_until_a_tool_is_called() {
        SeedTools.create(ToolsConfig.defaults().dataDir(dataDir.resolve("not-yet")));

        assertThat(dataDir.resolve("not-yet")).doesNotExist();
    }

    @Test
    void schemas_are_valid_tool_specs_that_report_missing_and_mistyped_arguments() {
        ToolSpec weather = spec(SeedTools.create(ToolsConfig.defaults().dataDir(dataDir)), "get_current_weather");

        assertThat(weather.validate(Map.of("city", "Tokyo"))).isEmpty();
        assertThat(weather.validate(Map.of())).containsExactly("argument 'city' is required");
        assertThat(weather.validate(Map.of("city", 3))).containsExactly("argument 'city' must be a string");
    }

    @Test
    void config_has_documented_defaults_and_rejects_nonsense() {
        ToolsConfig defaults = ToolsConfig.defaults();
        assertThat(defaults.dataDir().endsWith(Path.of(".ac4j", "data"))).isTrue();
        assertThat(defaults.corpusDirs()).isEmpty();
        assertThat(defaults.semanticSearch()).isTrue();
        assertThat(defaults.fetchPolicy()).isEqualTo(FetchPolicy.defaults());
        assertThat(FetchPolicy.defaults().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() -> FetchPolicy.defaults().maxBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FetchPolicy.defaults().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unexpected_failures_reach_the_model_as_a_generic_error_without_internals() throws Exception {
        SeedTool broken = SeedTool.of("broken", "A tool that fails in an unplanned way, for this test.",
                InputSchema.object(), (args, context) -> {
                    throw new IllegalStateException("cannot open /secret/path/tasks.db");
                });

        var output = broken.invoke(Map.of(), dev.agentcore4j.agent.ToolContext.standalone("broken"));

        assertThat(output.isError()).isTrue();
        assertThat(output.content().toString()).doesNotContain("/secret").contains("tool 'broken' failed unexpectedly");
    }

    private static ToolSpec spec(List<Tool> tools, String name) {
        return tools.stream().map(Tool::spec).filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> properties(List<Tool> tools, String name) {
        return List.copyOf(((Map<String, Object>) spec(tools, name).inputSchema().get("properties")).keySet());
    }
}
