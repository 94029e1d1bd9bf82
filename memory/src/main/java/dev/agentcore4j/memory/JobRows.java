package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The statements on {@code extraction_jobs}. */
final class JobRows {

    private static final String COLUMNS = "memory_id, job_id, strategy_id, actor_id, session_id, failure_reason, "
            + "messages, created_at";

    private JobRows() {
    }

    static void put(Sql sql, ExtractionJob job) {
        ArrayNode messages = Json.array();
        job.messages().forEach(m -> messages.addObject().put("eventId", m.eventId())
                .put("messageIndex", m.messageIndex()));
        sql.update("INSERT INTO extraction_jobs (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (memory_id, job_id) DO UPDATE SET failure_reason = excluded.failure_reason",
                job.memoryId(), job.jobId(), job.strategyId(), job.actorId(), job.sessionId(), job.failureReason(),
                Json.write(messages), job.createdAt().toEpochMilli());
    }

    static Optional<ExtractionJob> job(Sql sql, String memoryId, String jobId) {
        return sql.one("SELECT " + COLUMNS + " FROM extraction_jobs WHERE memory_id = ? AND job_id = ?", JobRows::row,
                memoryId, jobId);
    }

    static List<ExtractionJob> jobs(Sql sql, String memoryId) {
        return sql.query("SELECT " + COLUMNS + " FROM extraction_jobs WHERE memory_id = ? ORDER BY created_at, job_id",
                JobRows::row, memoryId);
    }

    private static ExtractionJob row(ResultSet rs) throws SQLException {
        List<ExtractionJob.Message> messages = new ArrayList<>();
        Json.tree(rs.getString("messages")).forEach(m -> messages.add(
                new ExtractionJob.Message(m.path("eventId").asText(), m.path("messageIndex").asInt())));
        return new ExtractionJob(rs.getString("memory_id"), rs.getString("job_id"), rs.getString("strategy_id"),
                rs.getString("actor_id"), rs.getString("session_id"), rs.getString("failure_reason"), messages,
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
