package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code MemoryStrategyInput} (the union of CreateMemory and of UpdateMemory's
 * {@code addMemoryStrategies}) into a new strategy, checking it as the service does, and applies a
 * {@code ModifyMemoryStrategyInput} to an existing one.
 */
final class StrategyInputs {

    private StrategyInputs() {
    }

    /** A new strategy in CREATING, or empty when the input has errors (recorded in {@code checks}). */
    static Optional<Strategy> create(Checks checks, JsonNode input, String path, Instant now) {
        Optional<String> member = checks.union(input, path, StrategyType.inputMembers());
        if (member.isEmpty()) {
            return Optional.empty();
        }
        StrategyType type = StrategyType.byInputMember(member.get()).orElseThrow();
        JsonNode body = input.get(member.get());
        String at = path + "." + member.get();
        if (!body.isObject()) {
            checks.fail(at, "Value at '" + at + "' failed to satisfy constraint: Member must be a structure");
            return Optional.empty();
        }
        Optional<String> name = checks.required(body, "name", at + ".name", Constraints.NAME, 1, 48);
        Optional<String> description = description(checks, body, at);
        List<String> namespaces = namespaces(checks, body, at + ".namespaces")
                .orElse(List.of(type.defaultNamespace));
        ObjectNode configuration = switch (type) {
            case CUSTOM -> checks.object(body, "configuration", at + ".configuration", false)
                    .map(c -> StrategyConfigurations.custom(checks, c, at + ".configuration"))
                    .orElseGet(Json::object);
            case EPISODIC -> episodic(checks, body, at);
            default -> Json.object();
        };
        if (name.isEmpty() || !checks.ok()) {
            return Optional.empty();
        }
        return Optional.of(new Strategy(Ids.suffixed(name.get()), name.get(), description, type, namespaces,
                configuration, Status.CREATING, now, now));
    }

    /** A {@code ModifyMemoryStrategyInput} applied to {@code strategy}. */
    static Strategy modify(Checks checks, JsonNode input, String path, Strategy strategy, Instant now) {
        Optional<String> description = description(checks, input, path).or(strategy::description);
        List<String> namespaces = namespaces(checks, input, path + ".namespaces").orElse(strategy.namespaces());
        ObjectNode configuration = checks.object(input, "configuration", path + ".configuration", false)
                .map(c -> StrategyConfigurations.modify(checks, c, path + ".configuration", strategy))
                .orElse(strategy.configuration());
        return new Strategy(strategy.id(), strategy.name(), description, strategy.type(), namespaces, configuration,
                strategy.status(), strategy.createdAt(), now);
    }

    private static ObjectNode episodic(Checks checks, JsonNode body, String at) {
        Optional<JsonNode> reflection = checks.object(body, "reflectionConfiguration", at + ".reflectionConfiguration",
                false);
        if (reflection.isEmpty()) {
            return Json.object();
        }
        String path = at + ".reflectionConfiguration.namespaces";
        if (reflection.get().path("namespaces").isMissingNode()) {
            checks.missing(path);
        }
        List<String> namespaces = namespaces(checks, reflection.get(), path)
                .orElse(List.of(StrategyType.REFLECTION_NAMESPACE));
        return reflectionConfiguration(namespaces);
    }

    static ObjectNode reflectionConfiguration(List<String> namespaces) {
        ObjectNode out = Json.object();
        ArrayNode list = out.putObject("reflection").putObject("episodicReflectionConfiguration").putArray("namespaces");
        namespaces.forEach(list::add);
        return out;
    }

    private static Optional<String> description(Checks checks, JsonNode body, String at) {
        Optional<String> description = checks.optional(body, "description", at + ".description");
        description.ifPresent(d -> checks.length(at + ".description", d, 1, Constraints.DESCRIPTION_MAX, true));
        return description;
    }

    /** A {@code NamespacesList} of templates (at least one), or empty when absent. */
    static Optional<List<String>> namespaces(Checks checks, JsonNode body, String path) {
        if (body.path("namespaces").isMissingNode() || body.path("namespaces").isNull()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        List<JsonNode> items = checks.list(body, "namespaces", path, false, 1, Integer.MAX_VALUE);
        for (int i = 0; i < items.size(); i++) {
            String at = path + "." + (i + 1) + ".member";
            if (!items.get(i).isTextual()) {
                checks.fail(at, "Value at '" + at + "' failed to satisfy constraint: Member must be a string");
                continue;
            }
            String namespace = items.get(i).asText();
            checks.string(at, namespace, Constraints.NAMESPACE_TEMPLATE, 1, Constraints.NAMESPACE_TEMPLATE_MAX);
            out.add(namespace);
        }
        return Optional.of(out);
    }
}
