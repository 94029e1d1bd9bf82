package dev.agentcore4j.model.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.StopReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Chat completions as OpenAI streams it: {@code data:} chunks, a usage chunk, {@code [DONE]}; errors as JSON. */
public final class ChatCompletionsFormat implements WireFormat {

    private static final Map<String, String> SSE = Map.of("Content-Type", "text/event-stream");
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void write(ScriptedReply reply, RecordedRequest request, ReplyChannel channel) throws IOException {
        switch (reply) {
            case ScriptedReply.Turn turn -> {
                channel.start(200, SSE);
                channel.frame(chunk(delta().put("role", "assistant").put("content", ""), null));
                int toolIndex = 0;
                for (ScriptedReply.Part part : turn.parts()) {
                    switch (part) {
                        case ScriptedReply.Text text -> {
                            for (String c : text.chunks()) {
                                channel.frame(chunk(delta().put("content", c), null));
                            }
                        }
                        case ScriptedReply.Reasoning reasoning -> {
                            for (String c : reasoning.chunks()) {
                                channel.frame(chunk(delta().put("reasoning_content", c), null));
                            }
                        }
                        case ScriptedReply.ToolCall call -> {
                            ObjectNode first = delta();
                            ObjectNode tc = first.putArray("tool_calls").addObject().put("index", toolIndex)
                                    .put("id", call.id()).put("type", "function");
                            tc.putObject("function").put("name", call.name()).put("arguments", "");
                            channel.frame(chunk(first, null));
                            for (String fragment : call.inputFragments()) {
                                ObjectNode d = delta();
                                d.putArray("tool_calls").addObject().put("index", toolIndex)
                                        .putObject("function").put("arguments", fragment);
                                channel.frame(chunk(d, null));
                            }
                            toolIndex++;
                        }
                    }
                }
                channel.frame(chunk(delta(), finishReason(turn.stopReason())));
                ObjectNode usage = json.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk");
                usage.putArray("choices");
                usage.putObject("usage").put("prompt_tokens", turn.usage().inputTokens())
                        .put("completion_tokens", turn.usage().outputTokens()).put("total_tokens", turn.usage().totalTokens());
                channel.frame(SseFrames.data(json.writeValueAsString(usage)));
                channel.frame(SseFrames.data("[DONE]"));
            }
            case ScriptedReply.Stall stall -> {
                channel.start(200, SSE);
                channel.frame(chunk(delta().put("role", "assistant").put("content", ""), null));
                for (String c : stall.textChunks()) {
                    channel.frame(chunk(delta().put("content", c), null));
                }
                channel.holdOpen();
            }
            case ScriptedReply.Failure failure -> {
                ObjectNode body = json.createObjectNode();
                ObjectNode error = body.putObject("error");
                int status = switch (failure.kind()) {
                    case THROTTLED -> {
                        error.put("message", "Rate limit reached for requests").put("type", "requests")
                                .put("code", "rate_limit_exceeded");
                        yield 429;
                    }
                    case SERVER_ERROR -> {
                        error.put("message", "The server had an error while processing your request.")
                                .put("type", "server_error").putNull("code");
                        yield 500;
                    }
                    case BAD_REQUEST -> {
                        error.put("message", "scripted bad request: 'messages' must not be empty")
                                .put("type", "invalid_request_error").putNull("code");
                        yield 400;
                    }
                    case CONTEXT_OVERFLOW -> {
                        error.put("message", "This model's maximum context length is 128000 tokens. "
                                + "However, your messages resulted in 130412 tokens.")
                                .put("type", "invalid_request_error").put("code", "context_length_exceeded");
                        yield 400;
                    }
                };
                channel.complete(status, Map.of("Content-Type", "application/json"),
                        json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private ObjectNode delta() {
        return json.createObjectNode();
    }

    private byte[] chunk(ObjectNode delta, String finishReason) throws IOException {
        ObjectNode chunk = json.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk")
                .put("model", "scripted");
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return SseFrames.data(json.writeValueAsString(chunk));
    }

    private static String finishReason(StopReason reason) {
        return switch (reason) {
            case END_TURN, STOP_SEQUENCE -> "stop";
            case TOOL_USE -> "tool_calls";
            case MAX_TOKENS -> "length";
            case CONTENT_FILTERED, GUARDRAIL_INTERVENED -> "content_filter";
        };
    }
}
