package dev.agentcore4j.container;

import dev.agentcore4j.runtime.ClientError;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models of the {@link Models} registry that a request may choose per session ({@code "model"}
 * in a payload), configured from the runtime's environment. Nothing is built until a request asks
 * for a provider (never on the cold-start path); each provider is then built once and shared by every
 * session that chose it. A provider whose variables are missing is refused, naming them.
 *
 * <pre>{@code
 * ModelProviders providers = ModelProviders.fromEnvironment(System.getenv());
 * AgentFactory openai = providers.agents("openai"); // 400 naming OPENAI_BASE_URL/OPENAI_API_KEY if unset
 * }</pre>
 */
public final class ModelProviders {

    private final Map<String, String> env;
    private final Map<String, AgentFactory> built = new ConcurrentHashMap<>();

    private ModelProviders(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** Only {@code offline}: no provider is configured. */
    public static ModelProviders offlineOnly() {
        return new ModelProviders(Map.of());
    }

    /** The providers that {@code env} configures (read, not built). */
    public static ModelProviders fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        return new ModelProviders(env);
    }

    /**
     * A model name as a payload gives it, ignoring case and surrounding blanks.
     *
     * @throws ClientError 400 naming the valid models when it is none of them
     */
    static String parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (!Models.names().contains(wanted)) {
            throw new ClientError(400, "unknown model '" + name.strip() + "': use one of "
                    + String.join(", ", Models.names()));
        }
        return wanted;
    }

    /** The registry's names whose settings are present, in registry order. */
    public List<String> configured() {
        return Models.names().stream().filter(name -> missing(name).isEmpty()).toList();
    }

    /**
     * Agents on the model called {@code name}, built on first use and kept.
     *
     * @throws ClientError 400 naming the environment variables the runtime needs when the provider is
     *                     not configured, or the provider's own message when a setting is wrong
     */
    public AgentFactory agents(String name) {
        String wanted = parse(name);
        missing(wanted).ifPresent(fix -> {
            throw new ClientError(400, "model '" + wanted + "' is not configured in this runtime: " + fix);
        });
        try {
            return built.computeIfAbsent(wanted, n -> Engines.factory(n, env));
        } catch (IllegalArgumentException e) {
            throw new ClientError(400, "model '" + wanted + "' is misconfigured in this runtime: " + e.getMessage());
        }
    }

    /** What the runtime's environment lacks for {@code name}, as the fix; empty when it is configured. */
    Optional<String> missing(String name) {
        return switch (name) {
            case "openai" -> set("OPENAI_BASE_URL") || set("OPENAI_API_KEY") ? Optional.empty()
                    : Optional.of("set OPENAI_BASE_URL (an OpenAI-compatible server's /v1, e.g. http://127.0.0.1:11434/v1) "
                            + "or OPENAI_API_KEY (for api.openai.com) in the runtime's environment variables; "
                            + "AC4J_OPENAI_MODEL picks the model id");
            case "anthropic" -> set("ANTHROPIC_API_KEY") ? Optional.empty()
                    : Optional.of("set ANTHROPIC_API_KEY in the runtime's environment variables "
                            + "(ANTHROPIC_BASE_URL and AC4J_ANTHROPIC_MODEL are optional)");
            case "bedrock" -> set("AWS_REGION") || set("AWS_DEFAULT_REGION") ? Optional.empty()
                    : Optional.of("set AWS_REGION (or AWS_DEFAULT_REGION) in the runtime's environment variables "
                            + "and give it AWS credentials (its execution role, or AWS_ACCESS_KEY_ID and "
                            + "AWS_SECRET_ACCESS_KEY); AC4J_BEDROCK_MODEL_ID picks the model id");
            default -> Optional.empty();
        };
    }

    private boolean set(String variable) {
        return !env.getOrDefault(variable, "").isBlank();
    }

    /** Names only: the environment holds secrets. */
    @Override
    public String toString() {
        return "ModelProviders[configured=" + String.join(", ", configured()) + "]";
    }
}
