package dev.agentcore4j.runtime;

/**
 * Thrown by a handler to answer a chosen HTTP status with {@code {"error": message}}: the one way a
 * message reaches the caller on purpose. Any other exception becomes a generic 500.
 */
public final class ClientError extends RuntimeException {

    private final int status;

    /**
     * @param status an HTTP status from 400 to 599
     * @param message shown to the caller as it is; never put internals here
     */
    public ClientError(int status, String message) {
        super(message, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("ClientError status must be 400..599, got " + status);
        }
        this.status = status;
    }

    public int status() {
        return status;
    }
}
