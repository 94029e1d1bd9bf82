package dev.agentcore4j.runtime;

/**
 * Serves one {@code /ws} connection, blocking, on its own virtual thread. Returning closes the
 * socket normally (1000); throwing closes it with 1011.
 */
@FunctionalInterface
public interface WebSocketHandler {

    void handle(WebSocketSession session) throws Exception;
}
