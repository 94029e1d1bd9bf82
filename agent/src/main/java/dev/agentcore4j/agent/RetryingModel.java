package dev.agentcore4j.agent;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * A {@link Model} decorator that retries {@link ModelException#retryable() retryable} failures
 * (throttling, 5xx) with exponential backoff and full jitter: before attempt {@code n+1} it sleeps a
 * uniformly random time in {@code [0, min(maxDelay, baseDelay * 2^(n-1))]} (the AWS Architecture Blog
 * "Exponential Backoff And Jitter" scheme). A call is retried only while nothing has been streamed to
 * the sink yet, so a caller never sees an event twice.
 *
 * <pre>{@code
 * Model model = RetryingModel.builder(bedrock).maxAttempts(5).baseDelay(Duration.ofMillis(200)).build();
 * }</pre>
 */
public final class RetryingModel implements Model {

    /** Sleeps between attempts; tests inject one that records the delays. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final System.Logger LOG = System.getLogger(RetryingModel.class.getName());

    private final Model delegate;
    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;

    private RetryingModel(Builder b) {
        this.delegate = b.delegate;
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
        this.sleeper = b.sleeper;
        this.jitter = b.jitter;
    }

    /** Retries with the defaults: 4 attempts, 500 ms base delay, 20 s cap. */
    public static RetryingModel wrap(Model model) {
        return builder(model).build();
    }

    public static Builder builder(Model model) {
        return new Builder(model);
    }

    @Override
    public ModelInfo info() {
        return delegate.info();
    }

    @Override
    public void converse(ModelRequest request, ModelEventSink sink, Cancellation cancellation) {
        for (int attempt = 1; ; attempt++) {
            var forwarded = new boolean[1];
            try {
                delegate.converse(request, event -> {
                    forwarded[0] = true;
                    sink.accept(event);
                }, cancellation);
                return;
            } catch (ModelException e) {
                if (!e.retryable() || forwarded[0] || attempt >= maxAttempts || cancellation.isCancelled()) {
                    throw e;
                }
                Duration delay = delay(attempt);
                LOG.log(System.Logger.Level.DEBUG, "model={0} attempt={1} delay={2} | retrying: {3}",
                        delegate.info().modelId(), attempt, delay, e.getMessage());
                sleep(delay, cancellation);
            }
        }
    }

    /** The jittered delay after failed attempt {@code attempt} (1-based). */
    Duration delay(int attempt) {
        double cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() * Math.pow(2, attempt - 1));
        return Duration.ofMillis((long) (jitter.getAsDouble() * cap));
    }

    private void sleep(Duration delay, Cancellation cancellation) {
        Thread current = Thread.currentThread();
        try (var _ = cancellation.onCancel(current::interrupt)) {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            if (!cancellation.isCancelled()) {
                current.interrupt();
            }
            throw new CancellationException("cancelled while waiting to retry");
        }
        cancellation.throwIfCancelled();
    }

    /** Configures a {@link RetryingModel}. */
    public static final class Builder {
        private final Model delegate;
        private int maxAttempts = 4;
        private Duration baseDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(20);
        private Sleeper sleeper = duration -> Thread.sleep(duration);
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder(Model delegate) {
            this.delegate = Objects.requireNonNull(delegate, "model");
        }

        /** Total attempts including the first; 1 disables retries. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = requirePositive(baseDelay, "baseDelay");
            return this;
        }

        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = requirePositive(maxDelay, "maxDelay");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The random fraction in [0, 1) used for full jitter. */
        public Builder jitter(DoubleSupplier jitter) {
            this.jitter = Objects.requireNonNull(jitter, "jitter");
            return this;
        }

        public RetryingModel build() {
            return new RetryingModel(this);
        }

        private static Duration requirePositive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
