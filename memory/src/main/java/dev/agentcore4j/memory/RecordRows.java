package dev.agentcore4j.memory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The statements on {@code records}. */
final class RecordRows {

    private static final String COLUMNS = "memory_id, record_id, strategy_id, namespace, content, created_at, "
            + "updated_at, metadata, embedding";

    private final Sql sql;

    RecordRows(Sql sql) {
        this.sql = sql;
    }

    void put(List<MemoryRecord> records) {
        sql.transaction(() -> {
            for (MemoryRecord r : records) {
                sql.update("INSERT INTO records (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?) "
                        + "ON CONFLICT (memory_id, record_id) DO UPDATE SET strategy_id = excluded.strategy_id, "
                        + "namespace = excluded.namespace, content = excluded.content, "
                        + "updated_at = excluded.updated_at, metadata = excluded.metadata, "
                        + "embedding = excluded.embedding", r.memoryId(), r.id(), r.strategyId(), r.namespace(),
                        r.text(), r.createdAt().toEpochMilli(), r.updatedAt().toEpochMilli(), Json.write(r.metadata()),
                        r.embedding());
            }
        });
    }

    Optional<MemoryRecord> record(String memoryId, String recordId) {
        return sql.one("SELECT " + COLUMNS + " FROM records WHERE memory_id = ? AND record_id = ?", RecordRows::row,
                memoryId, recordId);
    }

    List<MemoryRecord> byIds(String memoryId, List<String> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(memoryId);
        args.addAll(recordIds);
        String marks = String.join(",", java.util.Collections.nCopies(recordIds.size(), "?"));
        return sql.query("SELECT " + COLUMNS + " FROM records WHERE memory_id = ? AND record_id IN (" + marks + ")",
                RecordRows::row, args.toArray());
    }

    List<MemoryRecord> inNamespace(String memoryId, String prefix, Optional<String> strategyId, int limit, int offset) {
        String strategy = strategyId.isPresent() ? " AND strategy_id = ?" : "";
        List<Object> args = new ArrayList<>(List.of(memoryId, prefix.length(), prefix));
        strategyId.ifPresent(args::add);
        args.add(limit < 0 ? Integer.MAX_VALUE : (long) limit);
        args.add(offset);
        return sql.query("SELECT " + COLUMNS + " FROM records WHERE memory_id = ? AND substr(namespace, 1, ?) = ?"
                + strategy + " ORDER BY created_at DESC, record_id LIMIT ? OFFSET ?", RecordRows::row, args.toArray());
    }

    List<String> texts(String memoryId, String namespace) {
        return sql.query("SELECT content FROM records WHERE memory_id = ? AND namespace = ? ORDER BY created_at",
                rs -> rs.getString(1), memoryId, namespace);
    }

    boolean delete(String memoryId, String recordId) {
        return sql.update("DELETE FROM records WHERE memory_id = ? AND record_id = ?", memoryId, recordId) > 0;
    }

    void forEach(Consumer<MemoryRecord> each) {
        sql.query("SELECT " + COLUMNS + " FROM records", RecordRows::row).forEach(each);
    }

    private static MemoryRecord row(ResultSet rs) throws SQLException {
        return new MemoryRecord(rs.getString("memory_id"), rs.getString("record_id"), rs.getString("strategy_id"),
                rs.getString("namespace"), rs.getString("content"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")), Json.parseStored(rs.getString("metadata")),
                rs.getBytes("embedding"));
    }
}
