package dev.agentcore4j.agent;

/**
 * Receives {@link AgentEvent}s of one invocation, in order, one at a time (a sink need not be
 * thread-safe). Throwing {@link java.util.concurrent.CancellationException} from a sink does not
 * cancel the agent; use a {@link Cancellation} for that.
 *
 * <pre>{@code
 * agent.stream("Hello", event -> {
 *     if (event instanceof AgentEvent.TextDelta(String text)) System.out.print(text);
 * });
 * }</pre>
 */
@FunctionalInterface
public interface AgentEventSink {

    void accept(AgentEvent event);

    /** A sink that drops every event. */
    static AgentEventSink ignore() {
        return _ -> { };
    }
}
