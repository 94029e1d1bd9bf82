package dev.agentcore4j.memory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one schema and the statements both databases run (standard SQL with {@code ON CONFLICT}
 * upserts, which SQLite and PostgreSQL share); the subclasses only open the connection and name the
 * binary column type. Events and records live in {@link EventRows} and {@link RecordRows}.
 */
abstract sealed class SqlStore implements MemoryStore permits EmbeddedStore, PostgresStore {

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS memories (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, client_token TEXT,
              created_at BIGINT NOT NULL, doc TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS events (memory_id TEXT NOT NULL, event_id TEXT NOT NULL, actor_id TEXT NOT NULL,
              session_id TEXT NOT NULL, event_ts BIGINT NOT NULL, seq BIGINT NOT NULL, created_at BIGINT NOT NULL,
              branch_name TEXT, root_event_id TEXT, client_token TEXT, request_hash TEXT NOT NULL, body TEXT NOT NULL,
              PRIMARY KEY (memory_id, event_id));
            CREATE INDEX IF NOT EXISTS events_by_session ON events (memory_id, actor_id, session_id, event_ts, seq);
            CREATE INDEX IF NOT EXISTS events_by_token ON events (memory_id, client_token);
            CREATE TABLE IF NOT EXISTS records (memory_id TEXT NOT NULL, record_id TEXT NOT NULL,
              strategy_id TEXT NOT NULL, namespace TEXT NOT NULL, content TEXT NOT NULL, created_at BIGINT NOT NULL,
              updated_at BIGINT NOT NULL, metadata TEXT NOT NULL, embedding %s NOT NULL,
              PRIMARY KEY (memory_id, record_id));
            CREATE INDEX IF NOT EXISTS records_by_namespace ON records (memory_id, namespace);
            CREATE TABLE IF NOT EXISTS extraction_state (memory_id TEXT NOT NULL, actor_id TEXT NOT NULL,
              session_id TEXT NOT NULL, extracted_seq BIGINT NOT NULL, due_at BIGINT, pending_since BIGINT,
              PRIMARY KEY (memory_id, actor_id, session_id));
            CREATE TABLE IF NOT EXISTS extraction_jobs (memory_id TEXT NOT NULL, job_id TEXT NOT NULL,
              strategy_id TEXT NOT NULL, actor_id TEXT NOT NULL, session_id TEXT NOT NULL, failure_reason TEXT NOT NULL,
              messages TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (memory_id, job_id));
            CREATE TABLE IF NOT EXISTS client_tokens (memory_id TEXT NOT NULL, operation TEXT NOT NULL,
              client_token TEXT NOT NULL, request_hash TEXT NOT NULL, response TEXT NOT NULL,
              PRIMARY KEY (memory_id, operation, client_token))
            """;

    final Sql sql;
    private final EventRows events;
    private final RecordRows records;

    SqlStore(Sql sql, String blobType) {
        this.sql = sql;
        for (String ddl : SCHEMA.formatted(blobType).split(";")) {
            if (!ddl.isBlank()) {
                sql.execute(ddl.strip());
            }
        }
        this.events = new EventRows(sql);
        this.records = new RecordRows(sql);
    }

    @Override
    public void putMemory(Memory m) {
        sql.update("INSERT INTO memories (id, name, client_token, created_at, doc) VALUES (?,?,?,?,?) "
                + "ON CONFLICT (id) DO UPDATE SET doc = excluded.doc", m.id(), m.name(),
                m.clientToken().<Object>map(t -> t).orElse(Sql.Null.TEXT), m.createdAt().toEpochMilli(),
                MemoryDocs.stored(m));
    }

    @Override
    public Optional<Memory> memory(String id) {
        return sql.one("SELECT doc FROM memories WHERE id = ?", rs -> MemoryDocs.read(rs.getString(1)), id);
    }

    @Override
    public Optional<Memory> memoryByName(String name) {
        return sql.one("SELECT doc FROM memories WHERE name = ?", rs -> MemoryDocs.read(rs.getString(1)), name);
    }

    @Override
    public Optional<Memory> memoryByClientToken(String clientToken) {
        return sql.one("SELECT doc FROM memories WHERE client_token = ?", rs -> MemoryDocs.read(rs.getString(1)),
                clientToken);
    }

    @Override
    public List<Memory> memories() {
        return sql.query("SELECT doc FROM memories ORDER BY created_at, id", rs -> MemoryDocs.read(rs.getString(1)));
    }

    @Override
    public void deleteMemory(String id) {
        sql.transaction(() -> {
            for (String table : List.of("events", "records", "extraction_state", "extraction_jobs", "client_tokens")) {
                sql.update("DELETE FROM " + table + " WHERE memory_id = ?", id);
            }
            sql.update("DELETE FROM memories WHERE id = ?", id);
        });
    }

    @Override
    public void insertEvent(Event event, Optional<Instant> extractionDue, long maxWaitMillis) {
        events.insert(event, extractionDue, maxWaitMillis);
    }

    @Override
    public Optional<Event> event(String memoryId, String eventId) {
        return events.event(memoryId, eventId);
    }

    @Override
    public Optional<Event> eventByClientToken(String memoryId, String clientToken) {
        return events.byClientToken(memoryId, clientToken);
    }

    @Override
    public List<Event> events(String memoryId, String actorId, String sessionId, Instant notBefore, int limit,
            int offset) {
        return events.newestFirst(memoryId, actorId, sessionId, notBefore, limit, offset);
    }

    @Override
    public List<Event> eventsBefore(String memoryId, String actorId, String sessionId, Instant notBefore,
            Paging.Key key, int limit) {
        return events.before(memoryId, actorId, sessionId, notBefore, key, limit);
    }

    @Override
    public List<Event> eventsAfter(String memoryId, String actorId, String sessionId, long seq) {
        return events.after(memoryId, actorId, sessionId, seq);
    }

    @Override
    public boolean deleteEvent(String memoryId, String actorId, String sessionId, String eventId) {
        return events.delete(memoryId, actorId, sessionId, eventId);
    }

    @Override
    public List<SessionRow> sessions(String memoryId, String actorId, Instant notBefore, int limit, int offset) {
        return events.sessions(memoryId, actorId, notBefore, limit, offset);
    }

    @Override
    public List<String> actors(String memoryId, Instant notBefore, int limit, int offset) {
        return events.actors(memoryId, notBefore, limit, offset);
    }

    @Override
    public int expireEvents(String memoryId, Instant before) {
        return events.expire(memoryId, before);
    }

    @Override
    public long lastSeq() {
        return events.lastSeq();
    }

    @Override
    public void putRecords(List<MemoryRecord> list) {
        records.put(list);
    }

    @Override
    public void replaceRecords(String memoryId, List<String> removed, List<MemoryRecord> added) {
        sql.transaction(() -> {
            removed.forEach(id -> records.delete(memoryId, id));
            records.put(added);
        });
    }

    @Override
    public Optional<MemoryRecord> record(String memoryId, String recordId) {
        return records.record(memoryId, recordId);
    }

    @Override
    public List<MemoryRecord> records(String memoryId, List<String> recordIds) {
        return records.byIds(memoryId, recordIds);
    }

    @Override
    public List<MemoryRecord> records(String memoryId, String namespacePrefix, Optional<String> strategyId, int limit,
            int offset) {
        return records.inNamespace(memoryId, namespacePrefix, strategyId, limit, offset);
    }

    @Override
    public List<String> recordTexts(String memoryId, String namespace) {
        return records.texts(memoryId, namespace);
    }

    @Override
    public boolean deleteRecord(String memoryId, String recordId) {
        return records.delete(memoryId, recordId);
    }

    @Override
    public void forEachRecord(Consumer<MemoryRecord> each) {
        records.forEach(each);
    }

    @Override
    public List<ExtractionState> dueExtractions(Instant now) {
        return events.dueExtractions(now);
    }

    @Override
    public Optional<Instant> nextExtractionDue() {
        return events.nextExtractionDue();
    }

    @Override
    public void extracted(ExtractionState state, long seq) {
        events.extracted(state, seq);
    }

    @Override
    public void putJob(ExtractionJob job) {
        JobRows.put(sql, job);
    }

    @Override
    public Optional<ExtractionJob> job(String memoryId, String jobId) {
        return JobRows.job(sql, memoryId, jobId);
    }

    @Override
    public List<ExtractionJob> jobs(String memoryId) {
        return JobRows.jobs(sql, memoryId);
    }

    @Override
    public void deleteJob(String memoryId, String jobId) {
        sql.update("DELETE FROM extraction_jobs WHERE memory_id = ? AND job_id = ?", memoryId, jobId);
    }

    @Override
    public Optional<Remembered> remembered(String memoryId, String operation, String clientToken) {
        return sql.one("SELECT request_hash, response FROM client_tokens WHERE memory_id = ? AND operation = ? "
                + "AND client_token = ?", rs -> new Remembered(rs.getString(1), rs.getString(2)), memoryId, operation,
                clientToken);
    }

    @Override
    public void remember(String memoryId, String operation, String clientToken, Remembered answer) {
        sql.update("INSERT INTO client_tokens (memory_id, operation, client_token, request_hash, response) "
                + "VALUES (?,?,?,?,?) ON CONFLICT (memory_id, operation, client_token) DO NOTHING", memoryId, operation,
                clientToken, answer.requestHash(), answer.response());
    }

    @Override
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return sql.transaction(work);
    }

    @Override
    public void close() {
        sql.close();
    }
}
