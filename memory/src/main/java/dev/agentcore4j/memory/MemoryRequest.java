package dev.agentcore4j.memory;

import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request to AgentCore Memory, independent of the server that received it.
 *
 * @param rawPath the path as sent, still percent-encoded (an actor id may hold an encoded {@code /})
 * @param query the query parameters, decoded
 * @param body the request body (empty when none)
 */
public record MemoryRequest(String method, String rawPath, Map<String, String> query, byte[] body) {

    public MemoryRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        query = Map.copyOf(query);
        Objects.requireNonNull(body, "body");
    }
}
