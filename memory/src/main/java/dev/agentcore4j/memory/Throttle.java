package dev.agentcore4j.memory;

/**
 * The data-plane rate limit per memory ({@link TokenBuckets}: one second's worth of calls, refilled
 * continuously). A call without a token is a ThrottledException (429).
 */
final class Throttle {

    private final TokenBuckets buckets;

    Throttle(int perSecond) {
        this.buckets = new TokenBuckets(perSecond);
    }

    /** @throws MemoryException ThrottledException when the memory is over its rate */
    void take(String memoryId) {
        if (!buckets.tryTake(memoryId)) {
            throw MemoryException.of(MemoryException.Shape.THROTTLED, "Rate exceeded: memory " + memoryId
                    + " allows " + buckets.perSecond() + " requests per second; retry with backoff");
        }
    }
}
