package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.agent.ToolContext;
import dev.agentcore4j.agent.ToolOutput;
import dev.agentcore4j.agent.ToolResultContent;
import java.util.List;
import java.util.Map;

/** Calls seed tools the way the agent does and unwraps their results. */
final class ToolCalls {

    private final List<Tool> tools;

    ToolCalls(List<Tool> tools) {
        this.tools = tools;
    }

    static ToolCalls of(ToolsConfig config) {
        return new ToolCalls(SeedTools.create(config, java.util.Optional.empty()));
    }

    Tool tool(String name) {
        return tools.stream().filter(t -> t.spec().name().equals(name)).findFirst().orElseThrow();
    }

    ToolOutput call(String name, Map<String, Object> input) {
        try {
            return tool(name).invoke(input, ToolContext.standalone(name));
        } catch (Exception e) {
            throw new AssertionError("tool " + name + " threw instead of returning a result", e);
        }
    }

    /** The JSON object of a successful result. */
    @SuppressWarnings("unchecked")
    Map<String, Object> ok(String name, Map<String, Object> input) {
        ToolOutput output = call(name, input);
        assertThat(output.isError()).as("error result: %s", output.content()).isFalse();
        return (Map<String, Object>) ((ToolResultContent.Json) output.content().getFirst()).value();
    }

    /** The message of an error result. */
    String error(String name, Map<String, Object> input) {
        ToolOutput output = call(name, input);
        assertThat(output.isError()).as("expected an error, got %s", output.content()).isTrue();
        return ((ToolResultContent.Text) output.content().getFirst()).text();
    }
}
