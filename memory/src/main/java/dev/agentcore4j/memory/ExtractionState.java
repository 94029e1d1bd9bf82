package dev.agentcore4j.memory;

import java.time.Instant;
import java.util.Optional;

/**
 * Where long-term extraction stands for one session: events up to {@code extractedSeq} were handed
 * to the strategies; newer ones are due at {@code dueAt}.
 */
record ExtractionState(String memoryId, String actorId, String sessionId, long extractedSeq, Optional<Instant> dueAt) {
}
