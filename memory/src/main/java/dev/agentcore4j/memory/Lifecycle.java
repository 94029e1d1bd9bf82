package dev.agentcore4j.memory;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Status transitions on the service's clock, as AWS makes them asynchronously: a memory and its new
 * strategies go CREATING → ACTIVE, deleted strategies DELETING → gone, a deleted memory DELETING →
 * gone with everything in it. A transition is due at the memory's {@code settleAt}; it is applied by
 * the scheduler then, or by the first read after it (so a reader never sees a stale status). The
 * sweep also deletes events past their memory's {@code eventExpiryDuration}.
 */
final class Lifecycle {

    private static final System.Logger LOG = System.getLogger(Lifecycle.class.getName());
    private static final Duration SWEEP = Duration.ofMinutes(1);

    private final MemoryStore store;
    private final Clock clock;
    private final Duration delay;
    private final ScheduledExecutorService scheduler;
    private final Consumer<String> purged;
    /** Memories as last written: every write goes through {@link #save}, so reads need no query. */
    private final java.util.Map<String, Memory> cache = new java.util.HashMap<>();

    /** @param purged told the id of each memory that is gone, to drop what is kept of it in memory */
    Lifecycle(MemoryStore store, Clock clock, Duration delay, ScheduledExecutorService scheduler,
            Consumer<String> purged) {
        this.store = store;
        this.clock = clock;
        this.delay = delay;
        this.scheduler = scheduler;
        this.purged = purged;
    }

    /** Settles what is due now (after a restart too) and sweeps expired events every minute. */
    void start() {
        scheduler.scheduleWithFixedDelay(this::sweep, 0, SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** When a transition started now is due. */
    Optional<Instant> dueFromNow() {
        Instant due = now().plus(delay);
        scheduler.schedule(this::settleDue, delay.toMillis() + 1, TimeUnit.MILLISECONDS);
        return Optional.of(due);
    }

    /** The memory with what is due applied; empty when it does not exist (any more). */
    synchronized Optional<Memory> current(String memoryId) {
        Memory cached = cache.get(memoryId);
        Optional<Memory> memory = cached != null ? Optional.of(cached) : store.memory(memoryId);
        memory.ifPresent(m -> cache.put(m.id(), m));
        return memory.flatMap(this::settled);
    }

    /** Writes a memory (call inside {@link #change}). */
    synchronized void save(Memory memory) {
        store.putMemory(memory);
        cache.put(memory.id(), memory);
    }

    synchronized List<Memory> all() {
        List<Memory> out = new ArrayList<>();
        store.memories().forEach(m -> settled(m).ifPresent(out::add));
        return out;
    }

    /** Runs a change to a memory under the same lock as the transitions. */
    synchronized <T> T change(java.util.function.Supplier<T> work) {
        return work.get();
    }

    private void settleDue() {
        try {
            all();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "settling memory statuses failed", e);
        }
    }

    private void sweep() {
        try {
            for (Memory memory : all()) {
                int expired = store.expireEvents(memory.id(), now().minus(Duration.ofDays(memory.eventExpiryDays())));
                if (expired > 0) {
                    LOG.log(Level.INFO, "memory=" + memory.id() + " expired=" + expired + " | events expired");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "sweeping memories failed", e);
        }
    }

    private Optional<Memory> settled(Memory memory) {
        Instant now = now();
        if (memory.settleAt().isEmpty() || memory.settleAt().get().isAfter(now)) {
            return Optional.of(memory);
        }
        if (memory.status() == Status.DELETING) {
            store.deleteMemory(memory.id());
            cache.remove(memory.id());
            purged.accept(memory.id());
            LOG.log(Level.INFO, "memory=" + memory.id() + " | memory deleted");
            return Optional.empty();
        }
        List<Strategy> strategies = new ArrayList<>();
        for (Strategy s : memory.strategies()) {
            switch (s.status()) {
                case CREATING -> strategies.add(s.with(Status.ACTIVE, now));
                case DELETING -> { }
                default -> strategies.add(s);
            }
        }
        Status status = memory.status() == Status.CREATING ? Status.ACTIVE : memory.status();
        Memory settled = memory.withStrategies(strategies, now, Optional.empty()).withStatus(status, now,
                Optional.empty());
        save(settled);
        LOG.log(Level.INFO, "memory=" + memory.id() + " status=" + status + " | memory settled");
        return Optional.of(settled);
    }
}
