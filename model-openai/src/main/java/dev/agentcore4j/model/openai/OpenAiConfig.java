package dev.agentcore4j.model.openai;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how {@link OpenAiModel} talks to an OpenAI-compatible chat completions server.
 * {@code apiKey} may be empty for local servers (Ollama, vLLM, llama.cpp server, LM Studio), which
 * ignore it; it is sent as {@code Authorization: Bearer …} when set and never printed.
 *
 * <pre>{@code
 * OpenAiConfig ollama = OpenAiConfig.defaults()
 *         .withBaseUrl(URI.create("http://localhost:11434/v1")).withModelId("llama3.2");
 * }</pre>
 *
 * @param baseUrl         the API root; requests go to {@code {baseUrl}/chat/completions}
 * @param apiKey          the bearer token, empty for none
 * @param modelId         the {@code model} field of each request
 * @param connectTimeout  how long to wait for a connection
 * @param responseTimeout how long to wait for the response headers (not the whole stream)
 */
public record OpenAiConfig(URI baseUrl, String apiKey, String modelId, Duration connectTimeout,
                           Duration responseTimeout) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.openai.com/v1");
    public static final String DEFAULT_MODEL_ID = "gpt-4o-mini";

    public OpenAiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("OpenAI base URL must be http or https, e.g. http://localhost:11434/v1: " + baseUrl);
        }
        Objects.requireNonNull(apiKey, "apiKey (use \"\" for none)");
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("OpenAI model id must not be blank (set AC4J_OPENAI_MODEL)");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(responseTimeout, "responseTimeout");
    }

    /** OpenAI's public API, {@value #DEFAULT_MODEL_ID}, no key, 10 s to connect, 120 s to the first byte. */
    public static OpenAiConfig defaults() {
        return new OpenAiConfig(DEFAULT_BASE_URL, "", DEFAULT_MODEL_ID, Duration.ofSeconds(10), Duration.ofSeconds(120));
    }

    /** Reads {@code OPENAI_BASE_URL}, {@code OPENAI_API_KEY} and {@code AC4J_OPENAI_MODEL}; unset means the default. */
    public static OpenAiConfig fromEnvironment(Map<String, String> env) {
        var config = defaults();
        String baseUrl = env.getOrDefault("OPENAI_BASE_URL", "").strip();
        if (!baseUrl.isEmpty()) {
            try {
                config = config.withBaseUrl(URI.create(baseUrl));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("OPENAI_BASE_URL is not a URL, e.g. http://localhost:11434/v1: " + baseUrl);
            }
        }
        String model = env.getOrDefault("AC4J_OPENAI_MODEL", "").strip();
        if (!model.isEmpty()) {
            config = config.withModelId(model);
        }
        return config.withApiKey(env.getOrDefault("OPENAI_API_KEY", "").strip());
    }

    public OpenAiConfig withBaseUrl(URI baseUrl) {
        return new OpenAiConfig(baseUrl, apiKey, modelId, connectTimeout, responseTimeout);
    }

    public OpenAiConfig withApiKey(String apiKey) {
        return new OpenAiConfig(baseUrl, apiKey, modelId, connectTimeout, responseTimeout);
    }

    public OpenAiConfig withModelId(String modelId) {
        return new OpenAiConfig(baseUrl, apiKey, modelId, connectTimeout, responseTimeout);
    }

    public OpenAiConfig withConnectTimeout(Duration connectTimeout) {
        return new OpenAiConfig(baseUrl, apiKey, modelId, connectTimeout, responseTimeout);
    }

    public OpenAiConfig withResponseTimeout(Duration responseTimeout) {
        return new OpenAiConfig(baseUrl, apiKey, modelId, connectTimeout, responseTimeout);
    }

    /** {@code {baseUrl}/chat/completions}. */
    URI chatCompletionsUri() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }

    /** The API key is never printed. */
    @Override
    public String toString() {
        return "OpenAiConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey.isEmpty() ? "(none)" : "(set)")
                + ", modelId=" + modelId + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout + "]";
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
