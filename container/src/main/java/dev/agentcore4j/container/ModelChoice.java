package dev.agentcore4j.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.runtime.ClientError;
import java.util.Optional;

/** The model a payload asks for in {@code "model"} (or {@code input.model}), checked at the door. */
final class ModelChoice {

    private ModelChoice() {
    }

    /** @throws ClientError 400 naming the valid models when the field is not one of them */
    static Optional<String> of(JsonNode payload) {
        JsonNode value = payload.path("model");
        if (value.isMissingNode() || value.isNull()) {
            value = payload.path("input").path("model");
        }
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new ClientError(400, "\"model\" must be a string: one of " + String.join(", ", Models.names()));
        }
        return Optional.of(ModelProviders.parse(value.asText()));
    }
}
