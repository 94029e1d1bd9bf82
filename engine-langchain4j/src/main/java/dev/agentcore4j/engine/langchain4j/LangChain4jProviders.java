package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.model.anthropic.AnthropicConfig;
import dev.agentcore4j.model.openai.OpenAiConfig;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * LangChain4j's own provider modules, configured from the same config records as our provider
 * modules, so that {@code AC4J_MODEL=openai} or {@code anthropic} on the LangChain4j engine talks to
 * the provider through {@code langchain4j-open-ai} / {@code langchain4j-anthropic} (issue 3).
 * Bedrock has no LangChain4j module that resolves here: it stays on our model through
 * {@link LangChain4jModels}. Building a model opens no connection.
 *
 * <pre>{@code
 * NativeModel ollama = LangChain4jProviders.openAi(OpenAiConfig.defaults()
 *         .withBaseUrl(URI.create("http://127.0.0.1:11434/v1")).withModelId("llama3.1"));
 * Agent agent = LangChain4jEngine.builder().model(ollama).tools(tools).build();
 * }</pre>
 */
public final class LangChain4jProviders {

    private LangChain4jProviders() {
    }

    /**
     * The LangChain4j model for the model name {@code name} (as the container's {@code AC4J_MODEL}:
     * ignoring case and surrounding blanks) configured from {@code env}, or empty when LangChain4j
     * has no module for it here ({@code offline}, {@code bedrock}, anything else).
     *
     * @throws IllegalArgumentException with the config record's message when the configuration is
     *                                  incomplete (e.g. no Anthropic API key)
     */
    public static Optional<NativeModel> fromEnvironment(String name, Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "openai" -> Optional.of(openAi(OpenAiConfig.fromEnvironment(env)));
            case "anthropic" -> Optional.of(anthropic(AnthropicConfig.fromEnvironment(env)));
            default -> Optional.empty();
        };
    }

    /** {@code OpenAiStreamingChatModel}: {@code POST {baseUrl}/chat/completions}, streamed, usage included. */
    public static NativeModel openAi(OpenAiConfig config) {
        Objects.requireNonNull(config, "config");
        var builder = OpenAiStreamingChatModel.builder()
                .baseUrl(config.baseUrl().toString())
                .modelName(config.modelId())
                .timeout(config.responseTimeout());
        if (!config.apiKey().isEmpty()) {
            builder.apiKey(config.apiKey());
        }
        return new NativeModel(builder.build(), new ModelInfo("openai-compatible", config.modelId(), false));
    }

    /**
     * {@code AnthropicStreamingChatModel}: {@code POST {baseUrl}/v1/messages}, with the config's max
     * tokens, thinking budget and prompt caching.
     *
     * @throws IllegalArgumentException when the config has no API key
     */
    public static NativeModel anthropic(AnthropicConfig config) {
        Objects.requireNonNull(config, "config");
        if (config.apiKey().isBlank()) {
            // the same check and message as AnthropicModel.create, before LangChain4j's own generic one
            throw new IllegalArgumentException("Anthropic needs an API key: set ANTHROPIC_API_KEY or AnthropicConfig.withApiKey");
        }
        String root = config.baseUrl().toString().replaceAll("/+$", "");
        var builder = AnthropicStreamingChatModel.builder()
                .baseUrl(root + "/v1/")
                .apiKey(config.apiKey())
                .version(AnthropicConfig.API_VERSION)
                .modelName(config.modelId())
                .maxTokens(config.maxTokens())
                .cacheSystemMessages(config.promptCaching())
                .cacheTools(config.promptCaching())
                .timeout(config.responseTimeout());
        if (config.thinkingBudgetTokens() > 0) {
            builder.thinkingType("enabled").thinkingBudgetTokens(config.thinkingBudgetTokens())
                    .returnThinking(true).sendThinking(true);
        }
        return new NativeModel(builder.build(), new ModelInfo("anthropic", config.modelId(), false));
    }
}
