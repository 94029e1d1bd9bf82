package dev.agentcore4j.agent;

import java.util.Objects;

/** Whether and which tool the model must call, as in Bedrock Converse {@code toolChoice}. */
public sealed interface ToolChoice {

    /** The model decides (the default). */
    record Auto() implements ToolChoice { }

    /** The model must call some tool. */
    record Any() implements ToolChoice { }

    /** The model must call the named tool (used for structured output). */
    record Named(String name) implements ToolChoice {
        public Named {
            Objects.requireNonNull(name, "name");
        }
    }

    static ToolChoice auto() {
        return new Auto();
    }

    static ToolChoice any() {
        return new Any();
    }

    static ToolChoice tool(String name) {
        return new Named(name);
    }
}
