package dev.agentcore4j.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The twin's rate limits: one token bucket per key (a memory, an agent runtime) holding one second's
 * worth of calls, refilled continuously. Memory's data plane and the emulator's Runtime data plane
 * both throttle with it, each answering a call without a token in its own service's exception shape.
 */
public final class TokenBuckets {

    private final int perSecond;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param perSecond the calls each key may make per second; at least 1 */
    public TokenBuckets(int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("perSecond must be at least 1, was " + perSecond);
        }
        this.perSecond = perSecond;
    }

    /** Takes one token from {@code key}'s bucket; false, and nothing taken, when it is empty. */
    public boolean tryTake(String key) {
        return buckets.computeIfAbsent(key, k -> new Bucket(perSecond)).take();
    }

    public int perSecond() {
        return perSecond;
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
