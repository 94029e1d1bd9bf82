package dev.agentcore4j.agent;

/**
 * Receives a model's stream, one event at a time, on the model's calling thread. A sink may throw
 * (for example {@link java.util.concurrent.CancellationException}); the model then stops streaming
 * and lets the exception propagate.
 */
@FunctionalInterface
public interface ModelEventSink {
    void accept(ModelEvent event);
}
