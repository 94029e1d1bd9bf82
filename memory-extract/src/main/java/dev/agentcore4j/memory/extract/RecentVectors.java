package dev.agentcore4j.memory.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A least-recently-used cache of text vectors; one lock, held only for the map operation. */
final class RecentVectors {

    private final int capacity;
    private final LinkedHashMap<String, float[]> entries;

    RecentVectors(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cache entries must be >= 0, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > RecentVectors.this.capacity;
            }
        };
    }

    /** A copy of the cached vector, so callers may change what they get. */
    Optional<float[]> get(String text) {
        float[] vector;
        synchronized (entries) {
            vector = entries.get(text);
        }
        return vector == null ? Optional.empty() : Optional.of(vector.clone());
    }

    void put(String text, float[] vector) {
        if (capacity == 0) {
            return;
        }
        float[] copy = vector.clone();
        synchronized (entries) {
            entries.put(text, copy);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
