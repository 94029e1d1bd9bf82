package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.AgentEventSink;
import dev.agentcore4j.agent.Cancellation;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One streamed LangChain4j model call, made blocking: text and thinking deltas go to the sink as
 * they arrive, the call returns the complete response, or empty when the invocation was cancelled
 * (the stream is then cancelled through LangChain4j's {@link StreamingHandle}). Providers may call
 * the handler on their own thread; the future joins it back to the agent's thread.
 */
final class ModelCall {

    private ModelCall() {
    }

    static Optional<ChatResponse> stream(StreamingChatModel model, ChatRequest request, AgentEventSink sink,
            Cancellation cancellation) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        try (var _ = cancellation.onCancel(() -> {
            StreamingHandle current = handle.get();
            if (current != null) {
                current.cancel();
            }
            done.cancel(false);
        })) {
            model.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                    if (seen(context.streamingHandle())) {
                        sink.accept(new AgentEvent.TextDelta(partial.text()));
                    }
                }

                @Override
                public void onPartialThinking(PartialThinking partial, PartialThinkingContext context) {
                    if (seen(context.streamingHandle())) {
                        sink.accept(new AgentEvent.ReasoningDelta(partial.text()));
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }

                /** Remembers the stream's handle; false (and the stream cancelled) once the invocation is. */
                private boolean seen(StreamingHandle streamingHandle) {
                    handle.set(streamingHandle);
                    if (cancellation.isCancelled()) {
                        streamingHandle.cancel();
                        return false;
                    }
                    return true;
                }
            });
            return Optional.of(done.get());
        } catch (CancellationException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (cancellation.isCancelled()) {
                return Optional.empty();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the model failed", e.getCause());
        } catch (RuntimeException e) {
            // a provider that throws from chat(...) instead of calling onError; after cancellation it is not a failure
            if (cancellation.isCancelled()) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
