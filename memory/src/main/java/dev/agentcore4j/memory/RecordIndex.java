package dev.agentcore4j.memory;

import dev.agentcore4j.memory.extract.Embedder;
import dev.agentcore4j.memory.extract.VectorIndex;
import dev.agentcore4j.memory.extract.Vectors;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The long-term records' vectors, in memory: one similarity index per memory, filled from the store
 * on start and kept in step with every write. The store stays the source of truth.
 */
final class RecordIndex {

    private final Embedder embedder;
    private final Map<String, VectorIndex> indexes = new ConcurrentHashMap<>();

    RecordIndex(Embedder embedder) {
        this.embedder = embedder;
    }

    /** Loads every stored record's vector; returns how many. */
    int load(MemoryStore store) {
        int[] count = {0};
        store.forEachRecord(r -> {
            put(r);
            count[0]++;
        });
        return count[0];
    }

    float[] embed(String text) {
        return embedder.embed(text);
    }

    void put(MemoryRecord record) {
        float[] vector = Vectors.fromBytes(record.embedding());
        indexes.computeIfAbsent(record.memoryId(), id -> new VectorIndex(vector.length))
                .put(record.id(), record.namespace(), vector);
    }

    void remove(String memoryId, String recordId) {
        VectorIndex index = indexes.get(memoryId);
        if (index != null) {
            index.remove(recordId);
        }
    }

    /** Best first, at most {@code topK}, in namespaces starting with {@code prefix}. */
    List<VectorIndex.Hit> search(String memoryId, float[] query, String prefix, int topK) {
        VectorIndex index = indexes.get(memoryId);
        return index == null ? List.of() : index.search(query, prefix, topK, 0.0);
    }

    int size(String memoryId) {
        VectorIndex index = indexes.get(memoryId);
        return index == null ? 0 : index.size();
    }

    /** Forgets a deleted memory. */
    void drop(String memoryId) {
        indexes.remove(memoryId);
    }
}
