package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.Model;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.util.Objects;

/**
 * Our {@link Model}s (the offline model, or any provider module) as LangChain4j chat models, so
 * LangChain4j code, and the LangChain4j engine, can drive them. Messages, tool specifications and
 * tool calls are translated at this edge: LangChain4j's {@code JsonObjectSchema} to our JSON schema,
 * our {@code toolUse} blocks to {@code ToolExecutionRequest}s, our stop reasons and usage to
 * {@code FinishReason} and {@code TokenUsage}.
 *
 * <pre>{@code
 * ChatModel chat = LangChain4jModels.chatModel(new OfflineModel());
 * String answer = chat.chat("Hello");
 * }</pre>
 */
public final class LangChain4jModels {

    private LangChain4jModels() {
    }

    public static ChatModel chatModel(Model model) {
        return new AdaptedChatModel(Objects.requireNonNull(model, "model"));
    }

    public static StreamingChatModel streamingChatModel(Model model) {
        return new AdaptedStreamingChatModel(Objects.requireNonNull(model, "model"));
    }
}
