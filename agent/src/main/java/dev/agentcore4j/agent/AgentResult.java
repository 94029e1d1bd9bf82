package dev.agentcore4j.agent;

import java.util.Objects;

/**
 * The result of one agent invocation.
 *
 * @param message    the last assistant message (partial if cancelled mid-stream; may be empty)
 * @param stopReason the stop reason of the last completed model turn (END_TURN if there was none)
 * @param usage      tokens summed over every model call of the invocation
 * @param rounds     how many model calls the loop made
 * @param outcome    how the loop ended
 */
public record AgentResult(Message message, StopReason stopReason, Usage usage, int rounds, Outcome outcome) {

    /** How the loop ended. */
    public enum Outcome {
        /** The model finished without asking for more tools. */
        COMPLETED,
        /** The round limit was reached while the model still asked for tools. */
        ROUND_LIMIT,
        /** The invocation was cancelled through its {@link Cancellation}. */
        CANCELLED
    }

    public AgentResult {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The text of the final assistant message. */
    public String text() {
        return message.text();
    }

    public boolean cancelled() {
        return outcome == Outcome.CANCELLED;
    }
}
