package dev.agentcore4j.agent;

/**
 * A language model behind a Converse-shaped, blocking streaming call (run it on a virtual thread).
 * Providers live in their own modules and translate {@link ModelRequest} and {@link ModelEvent} at
 * their edge; retries, tracing and metrics are decorators of this interface (see {@link RetryingModel}).
 *
 * <pre>{@code
 * ModelResponse response = model.converse(ModelRequest.of(List.of(Message.user("Hello"))));
 * }</pre>
 */
public interface Model {

    ModelInfo info();

    /**
     * Streams one assistant turn into {@code sink} and returns when the turn is complete.
     * When {@code cancellation} fires the model stops streaming soon (it may register an
     * {@link Cancellation#onCancel} callback to abort a blocking read) and returns or throws
     * {@link java.util.concurrent.CancellationException}.
     *
     * @throws ModelException when the provider fails; {@link ModelException#retryable()} tells whether
     *                        trying again may help, {@link ContextOverflowException} that the
     *                        conversation is too long
     */
    void converse(ModelRequest request, ModelEventSink sink, Cancellation cancellation);

    /** Runs one turn and assembles the result (no streaming, no cancellation). */
    default ModelResponse converse(ModelRequest request) {
        var assembler = new MessageAssembler();
        converse(request, assembler, Cancellation.create());
        return assembler.response();
    }
}
