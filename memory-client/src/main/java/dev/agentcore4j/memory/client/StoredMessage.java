package dev.agentcore4j.memory.client;

import dev.agentcore4j.agent.Message;
import java.time.Instant;
import java.util.Objects;

/** A message of a restored conversation and the timestamp of the event it was read from. */
public record StoredMessage(Message message, Instant at) {

    public StoredMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
