package dev.agentcore4j.dashboard;

import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.ModelEvent;
import dev.agentcore4j.agent.ModelEventSink;
import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.agent.ModelRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The offline model with a pause before every streamed event: a deterministic turn long enough to
 * be stopped from the browser. It records what the server side did, so a test can tell that Stop
 * really cancelled the turn in the agent (the cancellation reached the model, and no event was
 * produced after it) rather than only closing the browser's connection.
 */
final class PacedModel implements Model {

    private final Model delegate;
    private final Duration pace;
    final AtomicInteger events = new AtomicInteger();
    final AtomicInteger turns = new AtomicInteger();
    final AtomicBoolean cancelled = new AtomicBoolean();
    final AtomicInteger eventsAfterCancel = new AtomicInteger();

    PacedModel(Model delegate, Duration pace) {
        this.delegate = delegate;
        this.pace = pace;
    }

    @Override
    public ModelInfo info() {
        return delegate.info();
    }

    @Override
    public void converse(ModelRequest request, ModelEventSink sink, Cancellation cancellation) {
        turns.incrementAndGet();
        Cancellation.Registration registration = cancellation.onCancel(() -> cancelled.set(true));
        try {
            delegate.converse(request, event -> forward(event, sink, cancellation), cancellation);
        } finally {
            registration.close();
        }
    }

    private void forward(ModelEvent event, ModelEventSink sink, Cancellation cancellation) {
        long until = System.nanoTime() + pace.toNanos();
        while (System.nanoTime() < until) {
            cancellation.throwIfCancelled();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancellation.throwIfCancelled();
                throw new java.util.concurrent.CancellationException("interrupted");
            }
        }
        if (cancellation.isCancelled()) {
            eventsAfterCancel.incrementAndGet();
        }
        cancellation.throwIfCancelled();
        events.incrementAndGet();
        sink.accept(event);
    }
}
