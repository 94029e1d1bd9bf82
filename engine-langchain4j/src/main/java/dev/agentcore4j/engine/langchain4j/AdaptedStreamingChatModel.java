package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.MessageAssembler;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.ModelEvent;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.ModelResponse;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.concurrent.CancellationException;

/**
 * Our {@link Model} behind LangChain4j's {@link StreamingChatModel}. The model streams on the
 * calling thread; each text and thinking delta reaches the handler with a {@link StreamingHandle}
 * whose {@code cancel()} cancels our model's stream (LangChain4j's way to stop a stream). A cancelled
 * stream ends without {@code onCompleteResponse}, as LangChain4j's own providers do.
 */
final class AdaptedStreamingChatModel implements StreamingChatModel {

    private final Model model;

    AdaptedStreamingChatModel(Model model) {
        this.model = model;
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        Cancellation cancellation = Cancellation.create();
        StreamingHandle handle = new StreamingHandle() {
            @Override
            public void cancel() {
                cancellation.cancel();
            }

            @Override
            public boolean isCancelled() {
                return cancellation.isCancelled();
            }
        };
        ModelResponse response;
        try {
            ModelRequest modelRequest = ChatRequests.toModelRequest(request);
            MessageAssembler assembler = new MessageAssembler();
            int[] toolIndex = {0};
            model.converse(modelRequest, event -> {
                cancellation.throwIfCancelled();
                assembler.accept(event);
                switch (event) {
                    case ModelEvent.TextDelta(String text) ->
                            handler.onPartialResponse(new PartialResponse(text), new PartialResponseContext(handle));
                    case ModelEvent.ReasoningDelta(String text) ->
                            handler.onPartialThinking(new PartialThinking(text), new PartialThinkingContext(handle));
                    case ModelEvent.ToolUseStop(String id, var input) -> handler.onCompleteToolCall(new CompleteToolCall(
                            toolIndex[0]++, ToolExecutionRequest.builder().id(id).name(toolName(assembler, id))
                                    .arguments(Json.write(input)).build()));
                    default -> { }
                }
            }, cancellation);
            if (cancellation.isCancelled()) {
                return;
            }
            response = assembler.response();
        } catch (CancellationException e) {
            return;
        } catch (RuntimeException e) {
            if (!cancellation.isCancelled()) {
                handler.onError(e);
            }
            return;
        }
        handler.onCompleteResponse(ChatRequests.toChatResponse(response, model.info()));
    }

    private static String toolName(MessageAssembler assembler, String id) {
        return assembler.partialMessage().toolUses().stream()
                .filter(use -> use.toolUseId().equals(id)).findFirst()
                .map(use -> use.name()).orElse("unknown");
    }

    @Override
    public String toString() {
        return "AdaptedStreamingChatModel[" + model.info().modelId() + "]";
    }
}
