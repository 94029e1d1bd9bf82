package dev.agentcore4j.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** The cancellation of one invocation: a flag, callbacks, and an interrupt of its thread. */
final class InvocationCancellation implements Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();
    private final Thread thread;

    InvocationCancellation(Thread thread) {
        this.thread = thread;
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void onCancel(Runnable action) {
        actions.add(action);
        if (cancelled.get() && actions.remove(action)) {
            action.run();
        }
    }

    void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            for (Runnable action : actions) {
                if (actions.remove(action)) {
                    action.run();
                }
            }
            thread.interrupt();
        }
    }
}
