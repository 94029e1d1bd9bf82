package dev.agentcore4j.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolsTest {

    enum Unit { celsius, fahrenheit }

    record Task(@Param(description = "Short title") String title, List<String> tags, Optional<Integer> priority) { }

    static final class Sample {
        @ToolMethod(name = "get_current_weather", description = "Current weather in a city")
        String weather(@Param(description = "City name") String city, Unit unit) {
            return city + " 20 " + unit;
        }

        @ToolMethod(description = "Repeats a word n times")
        List<String> repeat(String word, int n, Optional<Boolean> upper, ToolContext context) {
            String w = upper.orElse(false) ? word.toUpperCase() : word;
            return java.util.Collections.nCopies(n, w + "@" + context.toolUseId());
        }

        @ToolMethod(description = "Creates a task")
        Task create_task(Task task) {
            return task;
        }

        @ToolMethod(description = "Always fails")
        void explode() {
            throw new IllegalStateException("boom");
        }
    }

    private final Map<String, Tool> tools = Tools.fromObject(new Sample()).stream()
            .collect(java.util.stream.Collectors.toMap(t -> t.spec().name(), t -> t));

    @Test
    void annotated_methods_become_tools_named_by_annotation_or_method() {
        assertThat(tools).containsOnlyKeys("get_current_weather", "repeat", "create_task", "explode");
        assertThat(tools.get("get_current_weather").spec().description()).isEqualTo("Current weather in a city");
    }

    @Test
    void schema_is_derived_from_parameter_types_with_descriptions_and_required_list() {
        Map<String, Object> schema = tools.get("get_current_weather").spec().inputSchema();
        assertThat(schema).containsEntry("type", "object").containsEntry("required", List.of("city", "unit"));
        assertThat(schema.get("properties")).isEqualTo(Map.of(
                "city", Map.of("type", "string", "description", "City name"),
                "unit", Map.of("type", "string", "enum", List.of("celsius", "fahrenheit"))));
    }

    @Test
    void optional_and_context_parameters_are_not_required_and_context_is_not_in_the_schema() {
        Map<String, Object> schema = tools.get("repeat").spec().inputSchema();
        assertThat(schema.get("required")).isEqualTo(List.of("word", "n"));
        assertThat(List.copyOf(((Map<?, ?>) schema.get("properties")).keySet())).isEqualTo(List.of("word", "n", "upper"));
    }

    @Test
    void records_become_nested_object_schemas() {
        Map<?, ?> task = (Map<?, ?>) ((Map<?, ?>) tools.get("create_task").spec().inputSchema().get("properties")).get("task");
        assertThat(task.get("required")).isEqualTo(List.of("title", "tags"));
        assertThat(task.get("properties")).isEqualTo(Map.of(
                "title", Map.of("type", "string", "description", "Short title"),
                "tags", Map.of("type", "array", "items", Map.of("type", "string")),
                "priority", Map.of("type", "integer")));
    }

    @Test
    void an_annotated_tool_converts_arguments_and_wraps_the_result() throws Exception {
        var out = tools.get("repeat").invoke(Map.of("word", "hi", "n", 2.0, "upper", true),
                new ToolContext("t1", "repeat", new AgentState(), Cancellation.create()));
        assertThat(out.status()).isEqualTo(ToolResultStatus.SUCCESS);
        assertThat(out.content()).containsExactly(ToolResultContent.json(List.of("HI@t1", "HI@t1")));
    }

    @Test
    void a_record_argument_is_bound_and_a_record_result_becomes_a_json_object() throws Exception {
        var out = tools.get("create_task").invoke(
                Map.of("task", Map.of("title", "Review PR", "tags", List.of("code"))), ToolContext.standalone("create_task"));
        assertThat(out.content()).containsExactly(ToolResultContent.json(Map.of("title", "Review PR", "tags", List.of("code"))));
    }

    @Test
    void invalid_arguments_are_reported_clearly() {
        ToolSpec spec = tools.get("repeat").spec();
        assertThat(spec.validate(Map.of("n", "three"))).containsExactly(
                "argument 'word' is required", "argument 'n' must be an integer");
        assertThat(tools.get("get_current_weather").spec().validate(Map.of("city", "Tokyo", "unit", "kelvin")))
                .containsExactly("argument 'unit' must be one of [celsius, fahrenheit]");
        assertThat(tools.get("create_task").spec().validate(Map.of("task", Map.of("title", 1, "tags", List.of(2)))))
                .containsExactly("argument 'task.title' must be a string", "argument 'task.tags[0]' must be a string");
    }

    @Test
    void an_annotated_tool_called_with_invalid_arguments_returns_an_error_output() throws Exception {
        var out = tools.get("get_current_weather").invoke(Map.of(), ToolContext.standalone("get_current_weather"));
        assertThat(out.isError()).isTrue();
        assertThat(out.content()).containsExactly(ToolResultContent.text(
                "argument 'city' is required; argument 'unit' is required"));
    }

    @Test
    void the_method_exception_is_rethrown_unwrapped() {
        assertThatThrownBy(() -> tools.get("explode").invoke(Map.of(), ToolContext.standalone("explode")))
                .isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }

    @Test
    void a_lambda_tool_wraps_strings_as_text() throws Exception {
        Tool echo = Tools.of("echo", "Echoes", Map.of("type", "object"), (input, context) -> "said " + input.get("text"));
        assertThat(echo.invoke(Map.of("text", "x"), ToolContext.standalone("echo"))).isEqualTo(ToolOutput.text("said x"));
    }

    @Test
    void tool_names_must_follow_the_converse_pattern() {
        assertThatThrownBy(() -> Tools.of("1bad name", "", Map.of("type", "object"), (i, c) -> "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tool name must match");
    }

    @Test
    void an_object_without_tool_methods_is_rejected() {
        assertThatThrownBy(() -> Tools.fromObject(new Object())).hasMessageContaining("has no @ToolMethod");
    }
}
