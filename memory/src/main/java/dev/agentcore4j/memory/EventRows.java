package dev.agentcore4j.memory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The statements on {@code events} and {@code extraction_state}. */
final class EventRows {

    private static final String COLUMNS = "memory_id, event_id, actor_id, session_id, event_ts, seq, created_at, "
            + "branch_name, root_event_id, client_token, request_hash, body";
    private static final String SESSION = "memory_id = ? AND actor_id = ? AND session_id = ?";

    private final Sql sql;

    EventRows(Sql sql) {
        this.sql = sql;
    }

    void insert(Event e, Optional<Instant> extractionDue, long maxWaitMillis) {
        sql.transaction(() -> {
            sql.update("INSERT INTO events (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", e.memoryId(),
                    e.eventId(), e.actorId(), e.sessionId(), e.eventTimestamp().toEpochMilli(), e.seq(),
                    e.createdAt().toEpochMilli(), text(e.branchName()), text(e.rootEventId()), text(e.clientToken()),
                    e.requestHash(), Json.write(e.body()));
            extractionDue.ifPresent(due -> sql.update("INSERT INTO extraction_state (memory_id, actor_id, session_id, "
                    + "extracted_seq, due_at, pending_since) VALUES (?,?,?,?,?,?) "
                    + "ON CONFLICT (memory_id, actor_id, session_id) DO UPDATE SET "
                    + "pending_since = COALESCE(extraction_state.pending_since, excluded.pending_since), "
                    + "due_at = CASE WHEN extraction_state.pending_since IS NOT NULL "
                    + "AND extraction_state.pending_since + ? < excluded.due_at "
                    + "THEN extraction_state.pending_since + ? ELSE excluded.due_at END",
                    e.memoryId(), e.actorId(), e.sessionId(), e.seq() - 1, due.toEpochMilli(),
                    e.createdAt().toEpochMilli(), maxWaitMillis, maxWaitMillis));
        });
    }

    Optional<Event> event(String memoryId, String eventId) {
        return sql.one("SELECT " + COLUMNS + " FROM events WHERE memory_id = ? AND event_id = ?", EventRows::row,
                memoryId, eventId);
    }

    Optional<Event> byClientToken(String memoryId, String clientToken) {
        return sql.one("SELECT " + COLUMNS + " FROM events WHERE memory_id = ? AND client_token = ?", EventRows::row,
                memoryId, clientToken);
    }

    List<Event> newestFirst(String memoryId, String actorId, String sessionId, Instant notBefore, int limit,
            int offset) {
        return sql.query("SELECT " + COLUMNS + " FROM events WHERE " + SESSION + " AND created_at >= ? "
                + "ORDER BY event_ts DESC, seq DESC LIMIT ? OFFSET ?", EventRows::row, memoryId, actorId, sessionId,
                notBefore.toEpochMilli(), limit(limit), offset);
    }

    List<Event> before(String memoryId, String actorId, String sessionId, Instant notBefore, Paging.Key key,
            int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM events WHERE " + SESSION + " AND created_at >= ? "
                + "AND (event_ts, seq) < (?, ?) ORDER BY event_ts DESC, seq DESC LIMIT ?",
                EventRows::row, memoryId, actorId, sessionId, notBefore.toEpochMilli(), key.first(), key.second(),
                limit(limit));
    }

    List<Event> after(String memoryId, String actorId, String sessionId, long seq) {
        return sql.query("SELECT " + COLUMNS + " FROM events WHERE " + SESSION + " AND seq > ? ORDER BY seq",
                EventRows::row, memoryId, actorId, sessionId, seq);
    }

    boolean delete(String memoryId, String actorId, String sessionId, String eventId) {
        return sql.update("DELETE FROM events WHERE " + SESSION + " AND event_id = ?", memoryId, actorId, sessionId,
                eventId) > 0;
    }

    List<SessionRow> sessions(String memoryId, String actorId, Instant notBefore, int limit, int offset) {
        return sql.query("SELECT actor_id, session_id, MIN(created_at) AS first_at FROM events "
                + "WHERE memory_id = ? AND actor_id = ? AND created_at >= ? GROUP BY actor_id, session_id "
                + "ORDER BY first_at DESC, session_id LIMIT ? OFFSET ?",
                rs -> new SessionRow(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))),
                memoryId, actorId, notBefore.toEpochMilli(), limit(limit), offset);
    }

    List<String> actors(String memoryId, Instant notBefore, int limit, int offset) {
        return sql.query("SELECT DISTINCT actor_id FROM events WHERE memory_id = ? AND created_at >= ? "
                + "ORDER BY actor_id LIMIT ? OFFSET ?", rs -> rs.getString(1), memoryId, notBefore.toEpochMilli(),
                limit(limit), offset);
    }

    int expire(String memoryId, Instant before) {
        return sql.update("DELETE FROM events WHERE memory_id = ? AND created_at < ?", memoryId, before.toEpochMilli());
    }

    long lastSeq() {
        return sql.one("SELECT COALESCE(MAX(seq), 0) FROM events", rs -> rs.getLong(1)).orElse(0L);
    }

    List<ExtractionState> dueExtractions(Instant now) {
        return sql.query("SELECT memory_id, actor_id, session_id, extracted_seq, due_at FROM extraction_state "
                + "WHERE due_at IS NOT NULL AND due_at <= ? ORDER BY due_at", rs -> new ExtractionState(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        Optional.of(Instant.ofEpochMilli(rs.getLong(5)))), now.toEpochMilli());
    }

    Optional<Instant> nextExtractionDue() {
        return sql.one("SELECT MIN(due_at) FROM extraction_state WHERE due_at IS NOT NULL", rs -> {
            long due = rs.getLong(1);
            return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(due));
        }).flatMap(o -> o);
    }

    void extracted(ExtractionState s, long seq) {
        sql.transaction(() -> {
            sql.update("UPDATE extraction_state SET extracted_seq = ? WHERE " + SESSION, seq, s.memoryId(),
                    s.actorId(), s.sessionId());
            sql.update("UPDATE extraction_state SET due_at = NULL, pending_since = NULL WHERE " + SESSION
                    + " AND NOT EXISTS (SELECT 1 FROM events WHERE " + SESSION + " AND seq > ?)", s.memoryId(),
                    s.actorId(), s.sessionId(), s.memoryId(), s.actorId(), s.sessionId(), seq);
        });
    }

    private static long limit(int limit) {
        return limit < 0 ? Integer.MAX_VALUE : limit;
    }

    private static Object text(Optional<String> value) {
        return value.<Object>map(v -> v).orElse(Sql.Null.TEXT);
    }

    private static Event row(ResultSet rs) throws SQLException {
        return new Event(rs.getString("memory_id"), rs.getString("event_id"), rs.getString("actor_id"),
                rs.getString("session_id"), Instant.ofEpochMilli(rs.getLong("event_ts")), rs.getLong("seq"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Optional.ofNullable(rs.getString("branch_name")),
                Optional.ofNullable(rs.getString("root_event_id")), Optional.ofNullable(rs.getString("client_token")),
                rs.getString("request_hash"), Json.parseStored(rs.getString("body")));
    }
}
