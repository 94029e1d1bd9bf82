package dev.agentcore4j.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.runtime.ClientError;
import java.util.Optional;

/** The engine a payload asks for in {@code "engine"} (or {@code input.engine}), checked at the door. */
final class EngineChoice {

    private EngineChoice() {
    }

    /** @throws ClientError 400 naming the valid engines when the field is not one of them */
    static Optional<Engine> of(JsonNode payload) {
        JsonNode value = payload.path("engine");
        if (value.isMissingNode() || value.isNull()) {
            value = payload.path("input").path("engine");
        }
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new ClientError(400, "\"engine\" must be a string: one of " + String.join(", ", Engine.ids()));
        }
        try {
            return Optional.of(Engine.parse(value.asText()));
        } catch (IllegalArgumentException e) {
            throw new ClientError(400, e.getMessage());
        }
    }
}
