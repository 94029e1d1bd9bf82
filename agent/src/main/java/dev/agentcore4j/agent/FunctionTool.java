package dev.agentcore4j.agent;

import java.util.Map;
import java.util.Objects;

/** A tool whose body is a lambda; made by {@link Tools#of}. */
record FunctionTool(ToolSpec spec, ToolFunction function) implements Tool {

    FunctionTool {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(function, "function");
    }

    @Override
    public ToolOutput invoke(Map<String, Object> input, ToolContext context) throws Exception {
        return ToolOutput.from(function.apply(input, context));
    }

    @Override
    public String toString() {
        return "FunctionTool[" + spec.name() + "]";
    }
}
