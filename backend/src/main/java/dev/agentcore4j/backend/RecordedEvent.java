package dev.agentcore4j.backend;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as the log holds it.
 *
 * @param seq 1, 2, 3, … within its session, without gaps
 */
record RecordedEvent(String sessionId, long seq, Instant at, SessionEvent event) {

    RecordedEvent {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1, got " + seq);
        }
    }
}
