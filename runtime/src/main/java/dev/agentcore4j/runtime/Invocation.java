package dev.agentcore4j.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One {@code POST /invocations}: the JSON payload (parsed whatever the Content-Type) and its context.
 *
 * @param payload the request body as a JSON tree; a JSON {@code null} body is a {@code NullNode}
 * @param context session, request id, tokens, forwarded headers and the cancellation signal
 */
public record Invocation(JsonNode payload, InvocationContext context) {

    public Invocation {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(context, "context");
    }

    /**
     * Binds the payload to a type (a record, a map, ...).
     *
     * @throws ClientError 400 naming the mismatch when the payload does not fit {@code type}
     */
    public <T> T payloadAs(Class<T> type) {
        try {
            return JsonCodec.mapper().treeToValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new ClientError(400, "payload does not match " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
    }
}
