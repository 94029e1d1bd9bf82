package dev.agentcore4j.memory.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * In-memory similarity index over record vectors, thread-safe. Brute force over one contiguous
 * {@code float[]} (record after record), which a modern core scans at several GB/s: 10,000 records of
 * 384 dimensions take about a millisecond (see docs/benchmarks.md), with no approximation.
 *
 * <p><b>Scores.</b> Vectors are stored and queried at unit length, so a record's score is the cosine
 * similarity of its vector and the query, with negative values (pointing away) clamped to 0: a score
 * is in [0, 1], 1 for the same direction. For MiniLM sentence vectors, unrelated sentences score
 * about 0–0.2 and paraphrases 0.6 or more. Equal scores rank by record id.
 *
 * <p>Searches share a read lock and run in parallel; {@link #put} and {@link #remove} take the write
 * lock. Removing moves the last record into the gap, so the array stays dense.
 *
 * <pre>{@code
 * var index = new VectorIndex(384);
 * index.put("mem-1", "/users/taro/facts", embedder.embed("The user lives in Osaka."));
 * List<VectorIndex.Hit> hits = index.search(embedder.embed("Where do I live?"), "/users/taro/", 3, 0.2);
 * }</pre>
 */
public final class VectorIndex {

    private static final int INITIAL_CAPACITY = 256;

    private final int dimensions;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> slotOf = new HashMap<>();
    private float[] vectors;
    private String[] ids;
    private String[] namespaces;
    private int size;

    public VectorIndex(int dimensions) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be at least 1, got " + dimensions);
        }
        this.dimensions = dimensions;
        this.vectors = new float[INITIAL_CAPACITY * dimensions];
        this.ids = new String[INITIAL_CAPACITY];
        this.namespaces = new String[INITIAL_CAPACITY];
    }

    public int dimensions() {
        return dimensions;
    }

    /** Adds a record, or replaces the namespace and vector of one with the same id. */
    public void put(String recordId, String namespace, float[] vector) {
        requireId(recordId);
        Objects.requireNonNull(namespace, "namespace");
        float[] unit = Vectors.unit(checkLength(vector, "vector of record " + recordId), "vector of record " + recordId);
        lock.writeLock().lock();
        try {
            Integer slot = slotOf.get(recordId);
            int at = slot != null ? slot : append(recordId);
            namespaces[at] = namespace;
            System.arraycopy(unit, 0, vectors, at * dimensions, dimensions);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes a record; an unknown id is ignored. */
    public void remove(String recordId) {
        requireId(recordId);
        lock.writeLock().lock();
        try {
            Integer slot = slotOf.remove(recordId);
            if (slot == null) {
                return;
            }
            int last = --size;
            if (slot != last) {
                ids[slot] = ids[last];
                namespaces[slot] = namespaces[last];
                System.arraycopy(vectors, last * dimensions, vectors, slot * dimensions, dimensions);
                slotOf.put(ids[slot], slot);
            }
            ids[last] = null;
            namespaces[last] = null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean contains(String recordId) {
        lock.readLock().lock();
        try {
            return slotOf.containsKey(recordId);
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Records whose namespace starts with `namespacePrefix`, best first, at most topK, score >= minScore.
     *
     * @param namespacePrefix "" for every namespace
     * @param topK            at least 1
     * @param minScore        in [0, 1]; 0 keeps every record of the namespaces
     */
    public List<Hit> search(float[] query, String namespacePrefix, int topK, double minScore) {
        Objects.requireNonNull(namespacePrefix, "namespacePrefix");
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1, got " + topK);
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore must be between 0 and 1, got " + minScore);
        }
        float[] q = Vectors.unit(checkLength(query, "query vector"), "query vector");
        lock.readLock().lock();
        try {
            var best = new TopK(Math.min(topK, Math.max(size, 1)), ids);
            for (int slot = 0; slot < size; slot++) {
                if (namespaces[slot].startsWith(namespacePrefix)) {
                    double score = Math.clamp(dot(q, slot * dimensions), 0.0, 1.0);
                    if (score >= minScore) {
                        best.offer(slot, score);
                    }
                }
            }
            return best.ranked((slot, score) -> new Hit(ids[slot], namespaces[slot], score));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** One search result: the record, its namespace and its score in [0, 1]. */
    public record Hit(String recordId, String namespace, double score) {}

    /** Four independent sums so the loop is not one long chain of dependent additions. */
    private double dot(float[] q, int offset) {
        float[] v = vectors;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (int n = dimensions - 3; i < n; i += 4) {
            s0 += q[i] * v[offset + i];
            s1 += q[i + 1] * v[offset + i + 1];
            s2 += q[i + 2] * v[offset + i + 2];
            s3 += q[i + 3] * v[offset + i + 3];
        }
        for (; i < dimensions; i++) {
            s0 += q[i] * v[offset + i];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    private int append(String recordId) {
        if (size == ids.length) {
            int capacity = ids.length * 2;
            ids = Arrays.copyOf(ids, capacity);
            namespaces = Arrays.copyOf(namespaces, capacity);
            vectors = Arrays.copyOf(vectors, capacity * dimensions);
        }
        ids[size] = recordId;
        slotOf.put(recordId, size);
        return size++;
    }

    private float[] checkLength(float[] vector, String what) {
        Objects.requireNonNull(vector, what);
        if (vector.length != dimensions) {
            throw new IllegalArgumentException(what + " has " + vector.length + " dimensions; this index holds " + dimensions);
        }
        return vector;
    }

    private static void requireId(String recordId) {
        Objects.requireNonNull(recordId, "recordId");
        if (recordId.isEmpty()) {
            throw new IllegalArgumentException("recordId must not be empty");
        }
    }
}
