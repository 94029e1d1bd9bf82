package dev.agentcore4j.emulator;

import dev.agentcore4j.contract.AwsErrorType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data-plane rate limit per runtime (AWS: 200 TPS per agent): a token bucket of one second's
 * worth of calls, refilled continuously. A call without a token is a ThrottlingException (429).
 */
final class Throttle {

    private final int perSecond;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    Throttle(int perSecond) {
        this.perSecond = perSecond;
    }

    /** @throws TwinException ThrottlingException when the runtime is over its rate */
    void take(String runtimeId) {
        if (!buckets.computeIfAbsent(runtimeId, id -> new Bucket(perSecond)).take()) {
            throw TwinException.of(AwsErrorType.THROTTLING, "Rate exceeded: agent runtime " + runtimeId
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
