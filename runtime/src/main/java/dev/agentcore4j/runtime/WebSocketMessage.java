package dev.agentcore4j.runtime;

/** A complete WebSocket message. */
public sealed interface WebSocketMessage {

    record Text(String text) implements WebSocketMessage {
    }

    record Binary(byte[] bytes) implements WebSocketMessage {
    }
}
