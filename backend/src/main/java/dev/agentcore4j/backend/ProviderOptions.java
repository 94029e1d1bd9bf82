package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings' {@code providerOptions}, per provider, and the provider variables they stand for
 * (docs/models.md): the model is built from the backend's environment with these laid over it.
 */
final class ProviderOptions {

    /** Options that are secrets: stored, used, never answered in full. */
    static final Set<String> SECRETS = Set.of("apiKey");

    private static final Map<String, Map<String, String>> VARIABLES = Map.of(
            "offline", Map.of(),
            "bedrock", Map.of("modelId", "AC4J_BEDROCK_MODEL_ID", "region", "AWS_REGION", "endpoint", "AC4J_BEDROCK_ENDPOINT"),
            "openai", Map.of("baseUrl", "OPENAI_BASE_URL", "apiKey", "OPENAI_API_KEY", "model", "AC4J_OPENAI_MODEL"),
            "anthropic", Map.of("apiKey", "ANTHROPIC_API_KEY", "baseUrl", "ANTHROPIC_BASE_URL",
                    "model", "AC4J_ANTHROPIC_MODEL", "maxTokens", "AC4J_ANTHROPIC_MAX_TOKENS"));

    private ProviderOptions() {
    }

    /** The option names {@code provider} takes, sorted. */
    static List<String> names(String provider) {
        return VARIABLES.getOrDefault(provider, Map.of()).keySet().stream().sorted().toList();
    }

    /** {@code environment} with the options of {@code provider} laid over it. */
    static Map<String, String> environment(String provider, Map<String, String> options, Map<String, String> environment) {
        Map<String, String> out = new HashMap<>(environment);
        Map<String, String> variables = VARIABLES.getOrDefault(provider, Map.of());
        options.forEach((name, value) -> out.put(variables.get(name), value));
        return out;
    }

    /** {@code ****} and the last four characters (only {@code ****} for a short value). */
    static String mask(String secret) {
        return secret.length() >= 12 ? "****" + secret.substring(secret.length() - 4) : "****";
    }

    /** Options whose values are integers on the wire. */
    static final Set<String> INTEGERS = Set.of("maxTokens");

    /** As answered: secrets masked, integers as numbers, so that the answer can be sent back as it is. */
    static ObjectNode masked(Map<String, String> options) {
        ObjectNode out = Json.object();
        options.forEach((name, value) -> {
            if (SECRETS.contains(name)) {
                out.put(name, mask(value));
            } else if (INTEGERS.contains(name)) {
                out.put(name, Long.parseLong(value));
            } else {
                out.put(name, value);
            }
        });
        return out;
    }
}
