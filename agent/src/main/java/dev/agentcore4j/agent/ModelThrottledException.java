package dev.agentcore4j.agent;

/** The provider asked us to slow down (HTTP 429, Bedrock ThrottlingException). Retryable. */
public final class ModelThrottledException extends ModelException {

    public ModelThrottledException(String message) {
        super(message, true);
    }

    public ModelThrottledException(String message, Throwable cause) {
        super(message, true, cause);
    }
}
