package dev.agentcore4j.compare;

/** A comparison cannot run as asked (bad option, unavailable engine or model, bad scenario file). */
public final class CompareException extends RuntimeException {

    public CompareException(String message) {
        super(message);
    }

    public CompareException(String message, Throwable cause) {
        super(message, cause);
    }
}
