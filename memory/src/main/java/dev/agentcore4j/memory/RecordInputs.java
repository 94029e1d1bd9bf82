package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** Members shared by the long-term record operations, checked as the service checks them. */
final class RecordInputs {

    private RecordInputs() {
    }

    static Optional<String> namespace(Checks checks, JsonNode body, String name, String path, boolean required) {
        return required
                ? checks.required(body, name, path, Constraints.NAMESPACE, 1, Constraints.NAMESPACE_MAX)
                : checks.optional(body, name, path, Constraints.NAMESPACE, 1, Constraints.NAMESPACE_MAX);
    }

    static Optional<String> strategyId(Checks checks, JsonNode body, String path) {
        return checks.optional(body, "memoryStrategyId", path, Constraints.STRATEGY_ID, 1, Constraints.STRATEGY_ID_MAX);
    }

    /** A {@code MemoryContent} union: its {@code text}. */
    static Optional<String> content(Checks checks, JsonNode body, String path, boolean required) {
        Optional<JsonNode> content = checks.object(body, "content", path, required);
        Optional<String> text = content.flatMap(c -> checks.union(c, path, List.of("text"))
                .flatMap(k -> checks.required(c, "text", path + ".text")));
        text.ifPresent(t -> checks.length(path + ".text", t, 1, Constraints.RECORD_TEXT_MAX, true));
        return text;
    }

    /** A record's {@code namespaces}: exactly one namespace (the data-plane list holds at most one). */
    static Optional<String> namespaces(Checks checks, JsonNode body, String path, boolean required) {
        if (!required && (body.path("namespaces").isMissingNode() || body.path("namespaces").isNull())) {
            return Optional.empty();
        }
        List<JsonNode> items = checks.list(body, "namespaces", path, required, 1, 1);
        if (items.size() != 1) {
            return Optional.empty();
        }
        String at = path + ".1.member";
        if (!items.getFirst().isTextual()) {
            checks.fail(at, "Value at '" + at + "' failed to satisfy constraint: Member must be a string");
            return Optional.empty();
        }
        String namespace = items.getFirst().asText();
        checks.string(at, namespace, Constraints.NAMESPACE, 1, Constraints.NAMESPACE_MAX);
        if (namespace.contains("*")) {
            checks.fail(at, "A record's namespace is a path, not a pattern: '*' is only for searching");
        }
        return Optional.of(namespace);
    }
}
