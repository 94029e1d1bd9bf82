package dev.agentcore4j.agent;

/**
 * The conversation no longer fits the model's context window. Not retryable as is: the agent asks
 * its {@link ConversationManager} to reduce the conversation and tries again a bounded number of times.
 */
public final class ContextOverflowException extends ModelException {

    public ContextOverflowException(String message) {
        super(message, false);
    }

    public ContextOverflowException(String message, Throwable cause) {
        super(message, false, cause);
    }
}
