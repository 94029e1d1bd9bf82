package dev.agentcore4j.memory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An extraction that failed: one strategy over some messages of one session. ListMemoryExtractionJobs
 * lists these; StartMemoryExtractionJob runs one again (and it disappears when it succeeds).
 *
 * @param messages the conversational messages it covers: event id and index in the event's payload
 */
record ExtractionJob(String memoryId, String jobId, String strategyId, String actorId, String sessionId,
        String failureReason, List<Message> messages, Instant createdAt) {

    ExtractionJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(failureReason, "failureReason");
        messages = List.copyOf(messages);
    }

    record Message(String eventId, int messageIndex) {
    }
}
