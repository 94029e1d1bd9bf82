package dev.agentcore4j.tools;

import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.agent.ToolContext;
import dev.agentcore4j.agent.ToolOutput;
import dev.agentcore4j.agent.ToolSpec;
import java.util.List;
import java.util.Map;

/**
 * One of the seed tools: a spec and a body. Input that breaks the schema and {@link ToolFailure}s
 * become error results with their message; any other exception is logged and answered with a generic
 * error, so no path, SQL or stack detail reaches the model.
 */
record SeedTool(ToolSpec spec, Body body) implements Tool {

    /** A tool's work: JSON-like result (a Map) or text. */
    @FunctionalInterface
    interface Body {
        Object run(Arguments arguments, ToolContext context);
    }

    static SeedTool of(String name, String description, InputSchema schema, Body body) {
        return new SeedTool(new ToolSpec(name, description, schema.build()), body);
    }

    @Override
    public ToolOutput invoke(Map<String, Object> input, ToolContext context) {
        List<String> problems = spec.validate(input);
        if (!problems.isEmpty()) {
            return ToolOutput.error(String.join("; ", problems));
        }
        try {
            return ToolOutput.from(body.run(new Arguments(input), context));
        } catch (ToolFailure failure) {
            return ToolOutput.error(failure.getMessage());
        } catch (RuntimeException e) {
            System.getLogger(SeedTool.class.getName()).log(System.Logger.Level.WARNING,
                    "tool=" + spec.name() + " toolUseId=" + context.toolUseId() + " | tool failed", e);
            return ToolOutput.error("tool '" + spec.name() + "' failed unexpectedly; try again or use another approach");
        }
    }

    @Override
    public String toString() {
        return "SeedTool[" + spec.name() + "]";
    }
}
