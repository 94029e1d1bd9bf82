package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One long-term memory record.
 *
 * @param strategyId the strategy that extracted it, or empty for a record created without one
 * @param embedding its text's vector as little-endian float32 bytes
 */
record MemoryRecord(String memoryId, String id, String strategyId, String namespace, String text, Instant createdAt,
        Instant updatedAt, ObjectNode metadata, byte[] embedding) {

    MemoryRecord {
        Objects.requireNonNull(memoryId, "memoryId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strategyId, "strategyId");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(embedding, "embedding");
    }

    /** The {@code MemoryRecord} structure (and {@code MemoryRecordSummary} without a score). */
    ObjectNode wire() {
        ObjectNode out = Json.object().put("memoryRecordId", id);
        out.putObject("content").put("text", text);
        if (!strategyId.isEmpty()) {
            out.put("memoryStrategyId", strategyId);
        }
        out.putArray("namespaces").add(namespace);
        out.put("createdAt", Json.timestamp(createdAt));
        if (!metadata.isEmpty()) {
            out.set("metadata", metadata.deepCopy());
        }
        return out;
    }
}
