package dev.agentcore4j.agent;

import java.util.Objects;

/** A complete model turn: the assistant message, why it stopped, and the tokens it used. */
public record ModelResponse(Message message, StopReason stopReason, Usage usage) {

    public ModelResponse {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(usage, "usage");
    }
}
