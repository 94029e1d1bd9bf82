package dev.agentcore4j.runtime;

import java.util.Optional;

/** One open {@code /ws} connection. Frames are limited to 64 KB. */
public interface WebSocketSession {

    /** The context of the upgrade request (session id, tokens, forwarded headers). */
    InvocationContext context();

    /** Waits for the next message; empty once the peer has closed. */
    Optional<WebSocketMessage> receive() throws InterruptedException;

    void send(String text);

    void send(byte[] binary);

    /** Closes with a status code (RFC 6455 section 7.4) and reason. */
    void close(int code, String reason);
}
