package dev.agentcore4j.agent;

/**
 * The hook kinds an {@link Agent.Builder} accepts, one small functional interface each. Hooks run on
 * the invocation's thread (tool hooks on the loop thread, before and after the concurrent calls) and
 * an exception from a hook fails the invocation.
 *
 * <pre>{@code
 * Agent agent = Agent.builder().model(model).tools(tools)
 *         .beforeToolCall((call, state) -> call.name().equals("fetch_url")
 *                 ? ToolCallDecision.veto("fetching is disabled") : ToolCallDecision.proceed())
 *         .build();
 * }</pre>
 */
public final class Hooks {

    private Hooks() {
    }

    @FunctionalInterface
    public interface BeforeModelCall {
        void beforeModelCall(ModelRequest request);
    }

    @FunctionalInterface
    public interface AfterModelCall {
        void afterModelCall(ModelRequest request, ModelResponse response);
    }

    /** May let the call run, change its input, or veto it and supply the result. */
    @FunctionalInterface
    public interface BeforeToolCall {
        ToolCallDecision beforeToolCall(ContentBlock.ToolUse call, AgentState state);
    }

    /** May replace the output the model will see. */
    @FunctionalInterface
    public interface AfterToolCall {
        ToolOutput afterToolCall(ContentBlock.ToolUse call, ToolOutput output);
    }

    @FunctionalInterface
    public interface MessageAppended {
        void messageAppended(Message message);
    }
}
