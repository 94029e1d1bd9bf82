package dev.agentcore4j.model.anthropic;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how {@link AnthropicModel} talks to the Anthropic Messages API. The API key is sent as
 * {@code x-api-key} and never printed.
 *
 * <pre>{@code
 * AnthropicConfig config = AnthropicConfig.defaults().withApiKey(key).withThinkingBudgetTokens(2048);
 * }</pre>
 *
 * @param baseUrl              the API root; requests go to {@code {baseUrl}/v1/messages}
 * @param apiKey               the API key (required)
 * @param modelId              the {@code model} field
 * @param maxTokens            {@code max_tokens} when the request sets none (the API requires one)
 * @param thinkingBudgetTokens extended thinking budget; 0 turns thinking off
 * @param promptCaching        marks the system prompt and the tools with {@code cache_control}
 * @param connectTimeout       how long to wait for a connection
 * @param responseTimeout      how long to wait for the response headers (not the whole stream)
 */
public record AnthropicConfig(URI baseUrl, String apiKey, String modelId, int maxTokens, int thinkingBudgetTokens,
                              boolean promptCaching, Duration connectTimeout, Duration responseTimeout) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.anthropic.com");
    public static final String DEFAULT_MODEL_ID = "claude-sonnet-4-20250514";
    public static final String API_VERSION = "2023-06-01";

    public AnthropicConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("Anthropic base URL must be http or https, e.g. " + DEFAULT_BASE_URL + ": " + baseUrl);
        }
        Objects.requireNonNull(apiKey, "apiKey");
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("Anthropic model id must not be blank (set AC4J_ANTHROPIC_MODEL)");
        }
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive (set AC4J_ANTHROPIC_MAX_TOKENS)");
        }
        if (thinkingBudgetTokens < 0 || (thinkingBudgetTokens > 0 && thinkingBudgetTokens < 1024)) {
            throw new IllegalArgumentException("thinkingBudgetTokens must be 0 (off) or at least 1024, the API's minimum");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(responseTimeout, "responseTimeout");
    }

    /** The public API, {@value #DEFAULT_MODEL_ID}, 4096 max tokens, no thinking, no caching, no key yet. */
    public static AnthropicConfig defaults() {
        return new AnthropicConfig(DEFAULT_BASE_URL, "", DEFAULT_MODEL_ID, 4096, 0, false,
                Duration.ofSeconds(10), Duration.ofSeconds(120));
    }

    /**
     * Reads {@code ANTHROPIC_API_KEY}, {@code ANTHROPIC_BASE_URL}, {@code AC4J_ANTHROPIC_MODEL} and
     * {@code AC4J_ANTHROPIC_MAX_TOKENS}; unset means the default.
     */
    public static AnthropicConfig fromEnvironment(Map<String, String> env) {
        var config = defaults().withApiKey(env.getOrDefault("ANTHROPIC_API_KEY", "").strip());
        String baseUrl = env.getOrDefault("ANTHROPIC_BASE_URL", "").strip();
        if (!baseUrl.isEmpty()) {
            try {
                config = config.withBaseUrl(URI.create(baseUrl));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ANTHROPIC_BASE_URL is not a URL, e.g. " + DEFAULT_BASE_URL + ": " + baseUrl);
            }
        }
        String model = env.getOrDefault("AC4J_ANTHROPIC_MODEL", "").strip();
        if (!model.isEmpty()) {
            config = config.withModelId(model);
        }
        String maxTokens = env.getOrDefault("AC4J_ANTHROPIC_MAX_TOKENS", "").strip();
        if (!maxTokens.isEmpty()) {
            try {
                config = config.withMaxTokens(Integer.parseInt(maxTokens));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("AC4J_ANTHROPIC_MAX_TOKENS must be a whole number, e.g. 4096: " + maxTokens);
            }
        }
        return config;
    }

    public AnthropicConfig withBaseUrl(URI baseUrl) {
        return new AnthropicConfig(baseUrl, apiKey, modelId, maxTokens, thinkingBudgetTokens, promptCaching, connectTimeout, responseTimeout);
    }

    public AnthropicConfig withApiKey(String apiKey) {
        return new AnthropicConfig(baseUrl, apiKey, modelId, maxTokens, thinkingBudgetTokens, promptCaching, connectTimeout, responseTimeout);
    }

    public AnthropicConfig withModelId(String modelId) {
        return new AnthropicConfig(baseUrl, apiKey, modelId, maxTokens, thinkingBudgetTokens, promptCaching, connectTimeout, responseTimeout);
    }

    public AnthropicConfig withMaxTokens(int maxTokens) {
        return new AnthropicConfig(baseUrl, apiKey, modelId, maxTokens, thinkingBudgetTokens, promptCaching, connectTimeout, responseTimeout);
    }

    public AnthropicConfig withThinkingBudgetTokens(int thinkingBudgetTokens) {
        return new AnthropicConfig(baseUrl, apiKey, modelId, maxTokens, thinkingBudgetTokens, promptCaching, connectTimeout, responseTimeout);
    }

    public AnthropicConfig withPromptCaching(boolean promptCaching) {
        return new AnthropicConfig(baseUrl, apiKey, modelId, maxTokens, thinkingBudgetTokens, promptCaching, connectTimeout, responseTimeout);
    }

    public AnthropicConfig withConnectTimeout(Duration connectTimeout) {
        return new AnthropicConfig(baseUrl, apiKey, modelId, maxTokens, thinkingBudgetTokens, promptCaching, connectTimeout, responseTimeout);
    }

    public AnthropicConfig withResponseTimeout(Duration responseTimeout) {
        return new AnthropicConfig(baseUrl, apiKey, modelId, maxTokens, thinkingBudgetTokens, promptCaching, connectTimeout, responseTimeout);
    }

    /** {@code {baseUrl}/v1/messages}. */
    URI messagesUri() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "v1/messages");
    }

    /** The API key is never printed. */
    @Override
    public String toString() {
        return "AnthropicConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey.isEmpty() ? "(none)" : "(set)")
                + ", modelId=" + modelId + ", maxTokens=" + maxTokens + ", thinkingBudgetTokens=" + thinkingBudgetTokens
                + ", promptCaching=" + promptCaching + ", connectTimeout=" + connectTimeout
                + ", responseTimeout=" + responseTimeout + "]";
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
