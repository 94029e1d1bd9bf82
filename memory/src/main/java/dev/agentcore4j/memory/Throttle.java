package dev.agentcore4j.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data-plane rate limit per memory: a token bucket of one second's worth of calls, refilled
 * continuously. A call without a token is a ThrottledException (429).
 */
final class Throttle {

    private final int perSecond;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    Throttle(int perSecond) {
        this.perSecond = perSecond;
    }

    /** @throws MemoryException ThrottledException when the memory is over its rate */
    void take(String memoryId) {
        if (!buckets.computeIfAbsent(memoryId, id -> new Bucket(perSecond)).take()) {
            throw MemoryException.of(MemoryException.Shape.THROTTLED, "Rate exceeded: memory " + memoryId
                    + " allows " + perSecond + " requests per second; retry with backoff");
        }
    }

    private static final class Bucket {
        private final int capacity;
        private double tokens;
        private long refilledNanos = System.nanoTime();

        Bucket(int capacity) {
            this.capacity = capacity;
            this.tokens = capacity;
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - refilledNanos) * capacity / 1e9);
            refilledNanos = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
