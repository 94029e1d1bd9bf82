package dev.agentcore4j.emulator;

import dev.agentcore4j.contract.AwsErrorType;
import dev.agentcore4j.memory.TokenBuckets;

/**
 * The data-plane rate limit per runtime (AWS: 200 TPS per agent), on the twin's {@link TokenBuckets}
 * (one second's worth of calls, refilled continuously). A call without a token is a
 * ThrottlingException (429).
 */
final class Throttle {

    private final TokenBuckets buckets;

    Throttle(int perSecond) {
        this.buckets = new TokenBuckets(perSecond);
    }

    /** @throws TwinException ThrottlingException when the runtime is over its rate */
    void take(String runtimeId) {
        if (!buckets.tryTake(runtimeId)) {
            throw TwinException.of(AwsErrorType.THROTTLING, "Rate exceeded: agent runtime " + runtimeId
                    + " allows " + buckets.perSecond() + " requests per second; retry with backoff");
        }
    }
}
