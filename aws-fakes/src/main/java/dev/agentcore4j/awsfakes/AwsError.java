package dev.agentcore4j.awsfakes;

/**
 * An error a fake answers on purpose, in the service's own terms.
 *
 * @see AwsJsonService
 * @see QueryService
 */
final class AwsError extends RuntimeException {

    private final String code;
    private final int status;

    AwsError(String code, int status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    /** The error code the SDK maps to an exception class, e.g. {@code NoSuchEntity}. */
    String code() {
        return code;
    }

    int status() {
        return status;
    }

    /** Query-protocol errors say whether the caller ({@code Sender}) or the service is at fault. */
    String type() {
        return status >= 500 ? "Receiver" : "Sender";
    }
}
