package dev.agentcore4j.model.anthropic;

import dev.agentcore4j.agent.Model;

/**
 * A {@link Model} over the Anthropic Messages API ({@code POST {baseUrl}/v1/messages}, streamed):
 * text, tool use, extended thinking with signatures (sent back unchanged on the next turn), prompt
 * caching marks, usage. It does not retry: wrap it in {@link dev.agentcore4j.agent.RetryingModel}.
 *
 * <pre>{@code
 * Model model = RetryingModel.wrap(AnthropicModel.create(AnthropicConfig.fromEnvironment(System.getenv())));
 * }</pre>
 */
public interface AnthropicModel extends Model {

    /** The configuration this model was created with (its {@code toString} hides the API key). */
    AnthropicConfig config();

    /** @throws IllegalArgumentException if the config has no API key */
    static AnthropicModel create(AnthropicConfig config) {
        if (config.apiKey().isBlank()) {
            throw new IllegalArgumentException("Anthropic needs an API key: set ANTHROPIC_API_KEY or AnthropicConfig.withApiKey");
        }
        return new MessagesModel(config);
    }
}
