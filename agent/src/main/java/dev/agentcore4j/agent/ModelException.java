package dev.agentcore4j.agent;

/**
 * A model provider failure. {@link #retryable()} says whether the same request may succeed later
 * (throttling, 5xx); {@link RetryingModel} retries exactly those.
 */
public class ModelException extends RuntimeException {

    private final boolean retryable;

    public ModelException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public ModelException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
