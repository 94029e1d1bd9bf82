package dev.agentcore4j.agent;

import java.util.Objects;

/**
 * What a tool may know about the call: which tool use it answers, the agent's shared state, and
 * the invocation's cancellation token.
 */
public record ToolContext(String toolUseId, String toolName, AgentState state, Cancellation cancellation) {

    public ToolContext {
        Objects.requireNonNull(toolUseId, "toolUseId");
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    /** A context for calling a tool outside an agent, e.g. in a tool's own tests. */
    public static ToolContext standalone(String toolName) {
        return new ToolContext("standalone", toolName, new AgentState(), Cancellation.create());
    }
}
