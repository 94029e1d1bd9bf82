package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.ModelInfo;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.util.Objects;

/**
 * A LangChain4j provider's own streaming chat model (not our {@code Model} adapted) and what an agent
 * reports about it. Built by {@link LangChain4jProviders}; given to
 * {@link LangChain4jEngine.Builder#model(NativeModel)}.
 *
 * @param chatModel the LangChain4j model that makes the calls
 * @param info      provider and model id, the same as our provider module would report
 */
public record NativeModel(StreamingChatModel chatModel, ModelInfo info) {

    public NativeModel {
        Objects.requireNonNull(chatModel, "chatModel");
        Objects.requireNonNull(info, "info");
    }
}
