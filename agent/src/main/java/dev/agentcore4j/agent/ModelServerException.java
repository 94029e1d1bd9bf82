package dev.agentcore4j.agent;

/** The provider answered with an HTTP status; 5xx (and 408) are retryable, other 4xx are not. */
public final class ModelServerException extends ModelException {

    private final int statusCode;

    public ModelServerException(int statusCode, String message) {
        this(statusCode, message, null);
    }

    public ModelServerException(int statusCode, String message, Throwable cause) {
        super(message + " (HTTP " + statusCode + ")", statusCode >= 500 || statusCode == 408, cause);
        this.statusCode = statusCode;
    }

    public int statusCode() {
        return statusCode;
    }
}
