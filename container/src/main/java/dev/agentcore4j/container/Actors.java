package dev.agentcore4j.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.memory.client.ActorId;
import dev.agentcore4j.runtime.ClientError;
import java.util.List;
import java.util.Optional;

/**
 * Whose memory a turn uses: the {@code sub} of the caller's JWT when AgentCore passed its
 * {@code Authorization} header (JWT inbound auth with the header allow-listed), else the payload's
 * {@code actorId}, {@code actor_id} or {@code userId} (top level or inside {@code input}), else
 * {@code default_actor}. Resolved only when memory is on.
 */
final class Actors {

    static final List<String> FIELDS = List.of("actorId", "actor_id", "userId");

    private Actors() {
    }

    /** @throws ClientError 400 when the payload names an actor AgentCore Memory would refuse */
    static ActorId resolve(JsonNode payload, Optional<String> authorization) {
        Optional<ActorId> fromToken = authorization.flatMap(ActorId::fromAuthorization);
        if (fromToken.isPresent()) {
            return fromToken.get();
        }
        for (JsonNode node : List.of(payload, payload.path("input"))) {
            for (String field : FIELDS) {
                JsonNode value = node.path(field);
                if (value.isMissingNode() || value.isNull()) {
                    continue;
                }
                if (!value.isTextual()) {
                    throw new ClientError(400, "\"" + field + "\" must be a string naming the user, e.g. \"user-42\"");
                }
                try {
                    return ActorId.of(value.asText());
                } catch (IllegalArgumentException e) {
                    throw new ClientError(400, "\"" + field + "\": " + e.getMessage());
                }
            }
        }
        return ActorId.DEFAULT;
    }
}
