package dev.agentcore4j.memory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where memories, events, records and extraction state live. Two implementations share one schema
 * and one set of statements ({@link SqlStore}): {@link EmbeddedStore} (a SQLite file, the default)
 * and {@link PostgresStore}. Every write is durable when the method returns.
 */
sealed interface MemoryStore extends AutoCloseable permits SqlStore {

    /** Opens (and creates the tables of) the configured database; the embedded file goes in {@code dataDir}. */
    static MemoryStore open(MemoryDatabase database, Path dataDir) {
        return switch (database) {
            case MemoryDatabase.Embedded embedded -> EmbeddedStore.open(dataDir.resolve(EmbeddedStore.FILE_NAME));
            case MemoryDatabase.Jdbc jdbc -> PostgresStore.open(jdbc.url());
        };
    }

    // memories
    void putMemory(Memory memory);

    Optional<Memory> memory(String id);

    Optional<Memory> memoryByName(String name);

    Optional<Memory> memoryByClientToken(String clientToken);

    List<Memory> memories();

    /** The memory and everything in it. */
    void deleteMemory(String id);

    // events
    /**
     * Stores an event; when {@code extractionDue} is present, schedules long-term extraction of its
     * session then (or earlier: at most {@code maxWaitMillis} after the first event still pending).
     */
    void insertEvent(Event event, Optional<Instant> extractionDue, long maxWaitMillis);

    Optional<Event> event(String memoryId, String eventId);

    Optional<Event> eventByClientToken(String memoryId, String clientToken);

    /** Newest first; events that arrived before {@code notBefore} have expired. {@code limit < 0}: all. */
    List<Event> events(String memoryId, String actorId, String sessionId, Instant notBefore, int limit, int offset);

    /** Newest first, the events listed after {@code key} (event timestamp millis, arrival order). */
    List<Event> eventsBefore(String memoryId, String actorId, String sessionId, Instant notBefore, Paging.Key key,
            int limit);

    /** Oldest first: the events of a session that arrived after {@code seq}. */
    List<Event> eventsAfter(String memoryId, String actorId, String sessionId, long seq);

    boolean deleteEvent(String memoryId, String actorId, String sessionId, String eventId);

    /** Newest first. */
    List<SessionRow> sessions(String memoryId, String actorId, Instant notBefore, int limit, int offset);

    List<String> actors(String memoryId, Instant notBefore, int limit, int offset);

    /** Deletes the events of {@code memoryId} that arrived before {@code before}; returns how many. */
    int expireEvents(String memoryId, Instant before);

    long lastSeq();

    // long-term records
    void putRecords(List<MemoryRecord> records);

    /** Deletes {@code removed} and stores {@code added} (new or changed) in one transaction. */
    void replaceRecords(String memoryId, List<String> removed, List<MemoryRecord> added);

    Optional<MemoryRecord> record(String memoryId, String recordId);

    List<MemoryRecord> records(String memoryId, List<String> recordIds);

    /** Newest first, in namespaces starting with {@code namespacePrefix}. */
    List<MemoryRecord> records(String memoryId, String namespacePrefix, Optional<String> strategyId, int limit,
            int offset);

    /** The texts of the records in exactly {@code namespace} (what a strategy already knows). */
    List<String> recordTexts(String memoryId, String namespace);

    boolean deleteRecord(String memoryId, String recordId);

    /** Every record of every memory, for the in-memory similarity index. */
    void forEachRecord(Consumer<MemoryRecord> each);

    // extraction
    List<ExtractionState> dueExtractions(Instant now);

    Optional<Instant> nextExtractionDue();

    /** Events through {@code seq} were extracted; the session stays due only if events arrived meanwhile. */
    void extracted(ExtractionState state, long seq);

    void putJob(ExtractionJob job);

    Optional<ExtractionJob> job(String memoryId, String jobId);

    List<ExtractionJob> jobs(String memoryId);

    void deleteJob(String memoryId, String jobId);

    // idempotency of the data-plane operations that take a clientToken (CreateEvent keeps its own)
    /** The answer given to an earlier request with this client token, and what that request looked like. */
    Optional<Remembered> remembered(String memoryId, String operation, String clientToken);

    void remember(String memoryId, String operation, String clientToken, Remembered answer);

    /** Runs {@code work} as one transaction: all of its writes or none. */
    <T> T inTransaction(java.util.function.Supplier<T> work);

    /** A request's hash and the JSON answered to it. */
    record Remembered(String requestHash, String response) {
    }

    @Override
    void close();
}
