package dev.agentcore4j.model.openai;

import dev.agentcore4j.agent.Model;

/**
 * A {@link Model} over the OpenAI-compatible chat completions API ({@code POST {baseUrl}/chat/completions}
 * with {@code stream: true}): OpenAI itself, Ollama, vLLM, llama.cpp server, LM Studio. Streams text,
 * reasoning ({@code reasoning_content}) and tool calls; reports usage via
 * {@code stream_options.include_usage}. It does not retry: wrap it in
 * {@link dev.agentcore4j.agent.RetryingModel} where retries are wanted.
 *
 * <pre>{@code
 * Model model = RetryingModel.wrap(OpenAiModel.create(OpenAiConfig.fromEnvironment(System.getenv())));
 * }</pre>
 */
public interface OpenAiModel extends Model {

    /** The configuration this model was created with (its {@code toString} hides the API key). */
    OpenAiConfig config();

    static OpenAiModel create(OpenAiConfig config) {
        return new ChatCompletionsModel(config);
    }
}
