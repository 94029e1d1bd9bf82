package dev.agentcore4j.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * A cooperative cancellation token for one agent invocation. The agent, the model stream and the
 * tools all see the same token: models stop streaming, running tools are interrupted, and the result
 * reports {@link AgentResult.Outcome#CANCELLED}. Thread-safe; cancelling twice is harmless.
 *
 * <pre>{@code
 * Cancellation cancel = Cancellation.create();
 * Thread.ofVirtual().start(() -> agent.stream("Tell me a long story", sink, cancel));
 * cancel.cancel(); // e.g. when the HTTP client disconnects
 * }</pre>
 */
public final class Cancellation {

    private final Object lock = new Object();
    private final List<Runnable> callbacks = new ArrayList<>();
    private volatile boolean cancelled;

    private Cancellation() {
    }

    public static Cancellation create() {
        return new Cancellation();
    }

    /** Cancels and runs the registered callbacks once, on the calling thread. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (lock) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(callbacks);
            callbacks.clear();
        }
        RuntimeException failure = null;
        for (var callback : toRun) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** @throws CancellationException if cancelled */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }

    /**
     * Runs {@code callback} on cancellation, or at once if already cancelled. Models use it to abort
     * a blocking read; the returned handle unregisters the callback when the work is done.
     */
    public Registration onCancel(Runnable callback) {
        synchronized (lock) {
            if (!cancelled) {
                callbacks.add(callback);
                return () -> {
                    synchronized (lock) {
                        callbacks.remove(callback);
                    }
                };
            }
        }
        callback.run();
        return () -> { };
    }

    /** Unregisters a cancellation callback. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
