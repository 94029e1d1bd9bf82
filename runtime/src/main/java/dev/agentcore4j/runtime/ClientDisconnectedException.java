package dev.agentcore4j.runtime;

/** The caller closed the connection; the invocation has been cancelled. */
public final class ClientDisconnectedException extends RuntimeException {

    public ClientDisconnectedException(Throwable cause) {
        super("the client disconnected", cause, false, false);
    }
}
