package dev.agentcore4j.runtime;

/**
 * Tells a handler its invocation was cancelled (the client disconnected or the server is stopping).
 * The handler's thread is also interrupted, so blocking calls end early.
 */
public interface Cancellation {

    boolean isCancelled();

    /** Runs {@code action} once on cancellation (at once if already cancelled). */
    void onCancel(Runnable action);
}
