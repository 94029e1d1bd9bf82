package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.Model;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

/** Our {@link Model} behind LangChain4j's blocking {@link ChatModel}. */
final class AdaptedChatModel implements ChatModel {

    private final Model model;

    AdaptedChatModel(Model model) {
        this.model = model;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return ChatRequests.toChatResponse(model.converse(ChatRequests.toModelRequest(request)), model.info());
    }

    @Override
    public String toString() {
        return "AdaptedChatModel[" + model.info().modelId() + "]";
    }
}
