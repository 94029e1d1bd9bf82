package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration of a custom strategy: the {@code CustomConfigurationInput} union (a built-in
 * strategy with its prompts overridden, or a self-managed strategy) checked and turned into the
 * {@code StrategyConfiguration} that GetMemory answers.
 */
final class StrategyConfigurations {

    private static final List<String> OVERRIDES = List.of("semanticOverride", "summaryOverride",
            "userPreferenceOverride", "episodicOverride", "selfManagedConfiguration");
    private static final Map<String, String> OVERRIDE_TYPES = Map.of("semanticOverride", "SEMANTIC_OVERRIDE",
            "summaryOverride", "SUMMARY_OVERRIDE", "userPreferenceOverride", "USER_PREFERENCE_OVERRIDE",
            "episodicOverride", "EPISODIC_OVERRIDE", "selfManagedConfiguration", "SELF_MANAGED");
    /** Override input member → the prefix of its output members (semanticExtractionOverride, ...). */
    private static final Map<String, String> PREFIXES = Map.of("semanticOverride", "semantic",
            "summaryOverride", "summary", "userPreferenceOverride", "userPreference", "episodicOverride", "episodic");
    private static final List<String> TRIGGERS = List.of("messageBasedTrigger", "tokenBasedTrigger", "timeBasedTrigger");

    private StrategyConfigurations() {
    }

    static ObjectNode custom(Checks checks, JsonNode input, String path) {
        Optional<String> member = checks.union(input, path, OVERRIDES);
        if (member.isEmpty()) {
            return Json.object();
        }
        String at = path + "." + member.get();
        ObjectNode out = Json.object().put("type", OVERRIDE_TYPES.get(member.get()));
        JsonNode body = input.get(member.get());
        if (member.get().equals("selfManagedConfiguration")) {
            out.set("selfManagedConfiguration", selfManaged(checks, body, at, Json.object()));
            return out;
        }
        String prefix = PREFIXES.get(member.get());
        override(checks, body, "extraction", at).ifPresent(o -> out.putObject("extraction")
                .putObject("customExtractionConfiguration").set(prefix + "ExtractionOverride", o));
        override(checks, body, "consolidation", at).ifPresent(o -> out.putObject("consolidation")
                .putObject("customConsolidationConfiguration").set(prefix + "ConsolidationOverride", o));
        if (member.get().equals("episodicOverride")) {
            override(checks, body, "reflection", at).ifPresent(o -> out.putObject("reflection")
                    .putObject("customReflectionConfiguration").set("episodicReflectionOverride", o));
        }
        return out;
    }

    /** A {@code ModifyStrategyConfiguration} merged into the strategy's configuration. */
    static ObjectNode modify(Checks checks, JsonNode input, String path, Strategy strategy) {
        ObjectNode out = strategy.configuration().deepCopy();
        for (String part : List.of("extraction", "consolidation", "reflection")) {
            checks.object(input, part, path + "." + part, false).ifPresent(union -> {
                String at = path + "." + part;
                List<String> members = part.equals("reflection")
                        ? List.of("episodicReflectionConfiguration", "customReflectionConfiguration")
                        : List.of(part.equals("extraction") ? "customExtractionConfiguration"
                                : "customConsolidationConfiguration");
                checks.union(union, at, members).ifPresent(member -> {
                    JsonNode inner = union.get(member);
                    if (member.equals("episodicReflectionConfiguration")) {
                        StrategyInputs.namespaces(checks, inner, at + "." + member + ".namespaces")
                                .ifPresent(ns -> out.setAll(StrategyInputs.reflectionConfiguration(ns)));
                        return;
                    }
                    ObjectNode overrides = Json.object();
                    inner.properties().forEach(e -> overrides.set(e.getKey(),
                            overrideBody(checks, e.getValue(), at + "." + member + "." + e.getKey())));
                    out.putObject(part).set(member, overrides);
                });
            });
        }
        checks.object(input, "selfManagedConfiguration", path + ".selfManagedConfiguration", false).ifPresent(sm -> {
            if (!"SELF_MANAGED".equals(strategy.overrideType().orElse(""))) {
                checks.fail(path + ".selfManagedConfiguration", "Strategy " + strategy.id()
                        + " is not self-managed: only a SELF_MANAGED strategy takes a selfManagedConfiguration");
                return;
            }
            ObjectNode current = out.path("selfManagedConfiguration") instanceof ObjectNode o ? o : Json.object();
            out.set("selfManagedConfiguration", selfManaged(checks, sm, path + ".selfManagedConfiguration", current));
        });
        return out;
    }

    private static Optional<ObjectNode> override(Checks checks, JsonNode body, String part, String at) {
        return checks.object(body, part, at + "." + part, false)
                .map(o -> overrideBody(checks, o, at + "." + part));
    }

    private static ObjectNode overrideBody(Checks checks, JsonNode body, String at) {
        ObjectNode out = Json.object();
        checks.required(body, "appendToPrompt", at + ".appendToPrompt").ifPresent(p -> {
            checks.length(at + ".appendToPrompt", p, 1, Constraints.PROMPT_MAX, true);
            out.put("appendToPrompt", p);
        });
        checks.required(body, "modelId", at + ".modelId").ifPresent(m -> out.put("modelId", m));
        StrategyInputs.namespaces(checks, body, at + ".namespaces").ifPresent(ns -> {
            ArrayNode list = out.putArray("namespaces");
            ns.forEach(list::add);
        });
        return out;
    }

    /** Self-managed settings; absent members keep {@code current} (for UpdateMemory) or take AWS's defaults. */
    private static ObjectNode selfManaged(Checks checks, JsonNode body, String at, ObjectNode current) {
        ObjectNode out = current.deepCopy();
        List<JsonNode> triggers = checks.list(body, "triggerConditions", at + ".triggerConditions", false, 1,
                Integer.MAX_VALUE);
        if (!triggers.isEmpty() || !out.has("triggerConditions")) {
            ArrayNode list = out.putArray("triggerConditions");
            for (int i = 0; i < triggers.size(); i++) {
                String path = at + ".triggerConditions." + (i + 1) + ".member";
                JsonNode trigger = triggers.get(i);
                checks.union(trigger, path, TRIGGERS).ifPresent(kind -> list.addObject().set(kind, trigger(checks,
                        kind, trigger.get(kind), path + "." + kind)));
            }
        }
        boolean creating = current.isEmpty();
        checks.object(body, "invocationConfiguration", at + ".invocationConfiguration", creating).ifPresent(inv -> {
            String path = at + ".invocationConfiguration";
            ObjectNode target = out.path("invocationConfiguration") instanceof ObjectNode o ? o
                    : out.putObject("invocationConfiguration");
            (creating ? checks.required(inv, "topicArn", path + ".topicArn", Constraints.ARN, 1, 2048)
                    : checks.optional(inv, "topicArn", path + ".topicArn", Constraints.ARN, 1, 2048))
                    .ifPresent(t -> target.put("topicArn", t));
            (creating ? checks.required(inv, "payloadDeliveryBucketName", path + ".payloadDeliveryBucketName",
                    Constraints.BUCKET, 3, 63)
                    : checks.optional(inv, "payloadDeliveryBucketName", path + ".payloadDeliveryBucketName",
                            Constraints.BUCKET, 3, 63))
                    .ifPresent(b -> target.put("payloadDeliveryBucketName", b));
        });
        int window = checks.integer(body, "historicalContextWindowSize", at + ".historicalContextWindowSize", 0, 50)
                .orElse(out.path("historicalContextWindowSize").asInt(4));
        out.put("historicalContextWindowSize", window);
        return out;
    }

    private static ObjectNode trigger(Checks checks, String kind, JsonNode body, String at) {
        return switch (kind) {
            case "messageBasedTrigger" -> Json.object().put("messageCount",
                    checks.integer(body, "messageCount", at + ".messageCount", 1, 50).orElse(6));
            case "tokenBasedTrigger" -> Json.object().put("tokenCount",
                    checks.integer(body, "tokenCount", at + ".tokenCount", 100, 500_000).orElse(5000));
            default -> Json.object().put("idleSessionTimeout",
                    checks.integer(body, "idleSessionTimeout", at + ".idleSessionTimeout", 10, 3000).orElse(20));
        };
    }
}
