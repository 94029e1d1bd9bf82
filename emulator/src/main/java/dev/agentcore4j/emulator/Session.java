package dev.agentcore4j.emulator;

import dev.agentcore4j.emulator.Records.Version;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One runtime session: the version it started with (kept for its whole life, as on AWS), its agent
 * instance once started, and the clocks the reaper reads.
 */
final class Session {

    record Key(String runtimeId, String sessionId) {
    }

    final Key key;
    final String runtimeArn;
    final Version version;
    final ReentrantLock lock = new ReentrantLock();
    final AtomicInteger inFlight = new AtomicInteger();
    volatile AgentInstance instance;
    volatile boolean ended;
    volatile long startedNanos;
    volatile Instant startedAt;
    volatile long lastActivityNanos;

    Session(Key key, String runtimeArn, Version version) {
        this.key = key;
        this.runtimeArn = runtimeArn;
        this.version = version;
    }

    void touch() {
        lastActivityNanos = System.nanoTime();
    }

    int idleSeconds() {
        return version.spec().path("lifecycleConfiguration").path("idleRuntimeSessionTimeout").asInt();
    }

    int maxLifetimeSeconds() {
        return version.spec().path("lifecycleConfiguration").path("maxLifetime").asInt();
    }

    @Override
    public String toString() {
        return "runtime=" + key.runtimeId() + " session=" + key.sessionId() + " version=" + version.version();
    }
}
