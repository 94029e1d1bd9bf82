package dev.agentcore4j.cli;

import dev.agentcore4j.memory.client.MemoryStrategy;
import dev.agentcore4j.memory.client.RecalledRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What {@code ./ac4j memory inspect} found in one memory, ready to print. */
record MemoryInspection(Summary memory, List<Actor> actors, int moreActors, Optional<Query> query) {

    /** GetMemory: id, name, status, why it failed, how long events are kept, the strategies. */
    record Summary(String id, String name, String status, String failureReason, int eventExpiryDays,
                   List<MemoryStrategy> strategies) { }

    record Actor(String actorId, List<Session> sessions, int moreSessions, List<Namespace> namespaces) { }

    /** A session's events: how many, the newest, and the last few as one line each. */
    record Session(String sessionId, Optional<Instant> createdAt, int events, Optional<Instant> newest, List<String> lastEvents) { }

    /** The records of one namespace the agent searches for the actor (the first few shown). */
    record Namespace(String namespace, String strategyId, int records, List<String> texts) { }

    /** A retrieval as the agent would run it, and, when it recalls nothing, why. */
    record Query(String actorId, String text, double minScore, List<String> namespaces, List<RecalledRecord> recalled,
                 List<RecalledRecord> belowMinScore, List<String> explanation) { }
}
