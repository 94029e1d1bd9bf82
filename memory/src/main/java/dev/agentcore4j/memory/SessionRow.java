package dev.agentcore4j.memory;

import java.time.Instant;

/** A session of an actor: when its first (unexpired) event arrived. */
record SessionRow(String actorId, String sessionId, Instant createdAt) {
}
