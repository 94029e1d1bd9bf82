package dev.agentcore4j.runtime;

import dev.agentcore4j.contract.PingStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** The ping state: open work counted automatically, async tasks, forced and custom statuses. */
final class HealthState implements Health {

    private static final System.Logger LOG = System.getLogger(HealthState.class.getName());

    private record Task(String name, long startMillis, Map<String, Object> metadata) {
    }

    private final Clock clock;
    private final Supplier<PingStatus> pingFunction;
    private final AtomicInteger openWork = new AtomicInteger();
    private final Map<Long, Task> tasks = new ConcurrentHashMap<>();
    private final AtomicLong nextTaskId = new AtomicLong(1);
    private volatile PingStatus forced;
    private PingStatus lastReported;
    private long lastChangeSeconds;

    HealthState(Clock clock, Supplier<PingStatus> pingFunction) {
        this.clock = clock;
        this.pingFunction = pingFunction;
        this.lastReported = PingStatus.HEALTHY;
        this.lastChangeSeconds = clock.millis() / 1000;
    }

    /** Marks the start of an invocation, stream or WebSocket; the returned handle ends it. */
    Runnable openWork() {
        openWork.incrementAndGet();
        AtomicInteger once = new AtomicInteger();
        return () -> {
            if (once.getAndIncrement() == 0) {
                openWork.decrementAndGet();
            }
        };
    }

    int openWorkCount() {
        return openWork.get();
    }

    @Override
    public long addAsyncTask(String name, Map<String, Object> metadata) {
        long id = nextTaskId.getAndIncrement();
        tasks.put(id, new Task(name, clock.millis(), Map.copyOf(metadata)));
        return id;
    }

    @Override
    public boolean completeAsyncTask(long taskId) {
        boolean known = tasks.remove(taskId) != null;
        if (!known) {
            LOG.log(Level.WARNING, "task={0} | completing an unknown or already completed async task", taskId);
        }
        return known;
    }

    @Override
    public void forceStatus(PingStatus status) {
        forced = status;
    }

    @Override
    public void clearForcedStatus() {
        forced = null;
    }

    @Override
    public PingStatus status() {
        PingStatus force = forced;
        if (force != null) {
            return force;
        }
        if (pingFunction != null) {
            try {
                PingStatus custom = pingFunction.get();
                if (custom != null) {
                    return custom;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "custom ping function failed, using the automatic status", e);
            }
        }
        return openWork.get() > 0 || !tasks.isEmpty() ? PingStatus.HEALTHY_BUSY : PingStatus.HEALTHY;
    }

    /** The status to report now and the time it last changed, updated only on a change. */
    synchronized Report report() {
        PingStatus now = status();
        if (now != lastReported) {
            lastReported = now;
            lastChangeSeconds = clock.millis() / 1000;
        }
        return new Report(now, lastChangeSeconds);
    }

    @Override
    public synchronized long timeOfLastUpdate() {
        return lastChangeSeconds;
    }

    @Override
    public AsyncTasks asyncTasks() {
        long now = clock.millis();
        List<RunningJob> jobs = new ArrayList<>();
        tasks.values().forEach(t -> jobs.add(new RunningJob(t.name(), (now - t.startMillis()) / 1000.0)));
        return new AsyncTasks(jobs.size(), jobs);
    }

    record Report(PingStatus status, long timeOfLastUpdate) {
    }
}
