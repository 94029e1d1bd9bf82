package dev.agentcore4j.memory.client;

import dev.agentcore4j.agent.Message;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The messages one turn added to a conversation, in order: the user's prompt, then the assistant's
 * messages and the tool results between them.
 *
 * @param turnId   unique per turn; with each message's position it makes the idempotency token of the
 *                 message's event, so recording the same turn again never duplicates it
 * @param messages the turn's messages, oldest first
 * @param at       when the turn started; events get this timestamp, one millisecond apart per message
 */
public record Turn(String turnId, List<Message> messages, Instant at) {

    public Turn {
        Objects.requireNonNull(turnId, "turnId");
        if (turnId.isBlank()) {
            throw new IllegalArgumentException("turnId must not be blank");
        }
        messages = List.copyOf(messages);
        Objects.requireNonNull(at, "at");
    }
}
