package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One memory strategy of a memory.
 *
 * @param namespaces namespace templates with {@code {actorId}}, {@code {sessionId}} and
 *     {@code {memoryStrategyId}} variables
 * @param configuration the {@code StrategyConfiguration} as answered (empty for built-in strategies)
 */
record Strategy(String id, String name, Optional<String> description, StrategyType type, List<String> namespaces,
        ObjectNode configuration, Status status, Instant createdAt, Instant updatedAt) {

    Strategy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        namespaces = List.copyOf(namespaces);
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(status, "status");
    }

    Strategy with(Status status, Instant now) {
        return new Strategy(id, name, description, type, namespaces, configuration, status, createdAt, now);
    }

    /** The {@code type} of a custom strategy's configuration: {@code SEMANTIC_OVERRIDE}, {@code SELF_MANAGED}, ... */
    Optional<String> overrideType() {
        String override = configuration.path("type").asText("");
        return override.isEmpty() ? Optional.empty() : Optional.of(override);
    }

    /** The namespace a record extracted for this actor and session goes to. */
    String namespaceFor(String template, String actorId, String sessionId) {
        return template.replace("{actorId}", actorId).replace("{sessionId}", sessionId)
                .replace("{memoryStrategyId}", id);
    }
}
