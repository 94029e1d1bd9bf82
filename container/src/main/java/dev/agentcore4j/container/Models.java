package dev.agentcore4j.container;

import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.RetryingModel;
import dev.agentcore4j.model.anthropic.AnthropicConfig;
import dev.agentcore4j.model.anthropic.AnthropicModel;
import dev.agentcore4j.model.bedrock.BedrockConfig;
import dev.agentcore4j.model.bedrock.BedrockModel;
import dev.agentcore4j.model.offline.OfflineModel;
import dev.agentcore4j.model.openai.OpenAiConfig;
import dev.agentcore4j.model.openai.OpenAiModel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The models the container and {@code ac4j compare} can run, by name: {@code offline} (the default:
 * no credentials, no network), {@code bedrock}, {@code openai} (any OpenAI-compatible server) and
 * {@code anthropic}. A real provider is configured by its config record's {@code fromEnvironment}
 * and wrapped in {@link RetryingModel} with its defaults. See docs/models.md.
 *
 * <pre>{@code
 * Model ollama = Models.create("openai", Map.of(
 *         "OPENAI_BASE_URL", "http://127.0.0.1:11434/v1", "AC4J_OPENAI_MODEL", "llama3.1"));
 * }</pre>
 */
public final class Models {

    /** The model used when none is named. */
    public static final String DEFAULT = "offline";

    private static final List<String> NAMES = List.of("offline", "bedrock", "openai", "anthropic");

    private Models() {
    }

    /** Every model name, the default first. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The model called {@code name} (ignoring case and surrounding blanks), configured from
     * {@code env}. The Bedrock model owns an AWS SDK client that lives as long as the process.
     *
     * @throws IllegalArgumentException naming the valid models when {@code name} is none of them, or
     *                                  with the provider's own message when its configuration is
     *                                  incomplete or wrong (e.g. no Anthropic API key)
     */
    public static Model create(String name, Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "offline" -> new OfflineModel();
            case "bedrock" -> RetryingModel.wrap(BedrockModel.create(BedrockConfig.fromEnvironment(env)));
            case "openai" -> RetryingModel.wrap(OpenAiModel.create(OpenAiConfig.fromEnvironment(env)));
            case "anthropic" -> RetryingModel.wrap(AnthropicModel.create(AnthropicConfig.fromEnvironment(env)));
            default -> throw new IllegalArgumentException(
                    "unknown model '" + (name == null ? "" : name.strip()) + "': use one of " + String.join(", ", NAMES));
        };
    }
}
