package dev.agentcore4j.agent;

import java.util.Map;
import java.util.Objects;

/** What a {@link Hooks.BeforeToolCall} hook decides about a requested tool call. */
public sealed interface ToolCallDecision {

    /** Run the tool as requested. */
    record Proceed() implements ToolCallDecision { }

    /** Run the tool with a replaced input. */
    record ProceedWith(Map<String, Object> input) implements ToolCallDecision {
        public ProceedWith {
            input = JsonValues.copyObject(input, "input");
        }
    }

    /** Do not run the tool; the model gets this output instead. */
    record Skip(ToolOutput output) implements ToolCallDecision {
        public Skip {
            Objects.requireNonNull(output, "output");
        }
    }

    static ToolCallDecision proceed() {
        return new Proceed();
    }

    static ToolCallDecision proceedWith(Map<String, Object> input) {
        return new ProceedWith(input);
    }

    /** Refuses the call; the model sees an error result with {@code reason}. */
    static ToolCallDecision veto(String reason) {
        return new Skip(ToolOutput.error(reason));
    }

    static ToolCallDecision replaceWith(ToolOutput output) {
        return new Skip(output);
    }
}
