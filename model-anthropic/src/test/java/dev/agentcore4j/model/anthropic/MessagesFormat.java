package dev.agentcore4j.model.anthropic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Usage;
import dev.agentcore4j.model.testkit.RecordedRequest;
import dev.agentcore4j.model.testkit.ReplyChannel;
import dev.agentcore4j.model.testkit.ScriptedReply;
import dev.agentcore4j.model.testkit.SseFrames;
import dev.agentcore4j.model.testkit.WireFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The Messages API stream as Anthropic sends it: named SSE events with typed JSON data; JSON errors. */
final class MessagesFormat implements WireFormat {

    private static final Map<String, String> SSE = Map.of("Content-Type", "text/event-stream");
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void write(ScriptedReply reply, RecordedRequest request, ReplyChannel channel) throws IOException {
        switch (reply) {
            case ScriptedReply.Turn turn -> {
                channel.start(200, SSE);
                channel.frame(messageStart(turn.usage()));
                channel.frame(event("ping", json.createObjectNode()));
                int index = 0;
                for (ScriptedReply.Part part : turn.parts()) {
                    switch (part) {
                        case ScriptedReply.Text text -> {
                            channel.frame(blockStart(index, json.createObjectNode().put("type", "text").put("text", "")));
                            for (String c : text.chunks()) {
                                channel.frame(delta(index, json.createObjectNode().put("type", "text_delta").put("text", c)));
                            }
                        }
                        case ScriptedReply.Reasoning r -> {
                            channel.frame(blockStart(index, json.createObjectNode().put("type", "thinking").put("thinking", "")));
                            for (String c : r.chunks()) {
                                channel.frame(delta(index, json.createObjectNode().put("type", "thinking_delta").put("thinking", c)));
                            }
                            channel.frame(delta(index, json.createObjectNode().put("type", "signature_delta").put("signature", r.signature())));
                        }
                        case ScriptedReply.ToolCall call -> {
                            ObjectNode block = json.createObjectNode().put("type", "tool_use").put("id", call.id()).put("name", call.name());
                            block.putObject("input");
                            channel.frame(blockStart(index, block));
                            channel.frame(delta(index, json.createObjectNode().put("type", "input_json_delta").put("partial_json", "")));
                            for (String f : call.inputFragments()) {
                                channel.frame(delta(index, json.createObjectNode().put("type", "input_json_delta").put("partial_json", f)));
                            }
                        }
                    }
                    channel.frame(event("content_block_stop", json.createObjectNode().put("index", index)));
                    index++;
                }
                ObjectNode messageDelta = json.createObjectNode();
                messageDelta.putObject("delta").put("stop_reason", stopReason(turn.stopReason())).putNull("stop_sequence");
                messageDelta.putObject("usage").put("output_tokens", turn.usage().outputTokens());
                channel.frame(event("message_delta", messageDelta));
                channel.frame(event("message_stop", json.createObjectNode()));
            }
            case ScriptedReply.Stall stall -> {
                channel.start(200, SSE);
                channel.frame(messageStart(Usage.of(10, 1)));
                channel.frame(blockStart(0, json.createObjectNode().put("type", "text").put("text", "")));
                for (String c : stall.textChunks()) {
                    channel.frame(delta(0, json.createObjectNode().put("type", "text_delta").put("text", c)));
                }
                channel.holdOpen();
            }
            case ScriptedReply.Failure failure -> {
                record Err(int status, String type, String message) { }
                Err err = switch (failure.kind()) {
                    case THROTTLED -> new Err(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit");
                    case SERVER_ERROR -> new Err(500, "api_error", "Internal server error");
                    case BAD_REQUEST -> new Err(400, "invalid_request_error", "scripted bad request: messages: field required");
                    case CONTEXT_OVERFLOW -> new Err(400, "invalid_request_error", "prompt is too long: 208310 tokens > 200000 maximum");
                };
                ObjectNode body = json.createObjectNode().put("type", "error");
                body.putObject("error").put("type", err.type()).put("message", err.message());
                channel.complete(err.status(), Map.of("Content-Type", "application/json", "request-id", "req_scripted"),
                        json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private byte[] messageStart(Usage usage) throws IOException {
        ObjectNode start = json.createObjectNode();
        ObjectNode message = start.putObject("message").put("id", "msg_scripted").put("type", "message")
                .put("role", "assistant").put("model", "claude-scripted");
        message.putArray("content");
        message.putNull("stop_reason");
        message.putObject("usage").put("input_tokens", usage.inputTokens()).put("output_tokens", 1);
        return event("message_start", start);
    }

    private byte[] blockStart(int index, ObjectNode block) throws IOException {
        ObjectNode e = json.createObjectNode().put("index", index);
        e.set("content_block", block);
        return event("content_block_start", e);
    }

    private byte[] delta(int index, ObjectNode delta) throws IOException {
        ObjectNode e = json.createObjectNode().put("index", index);
        e.set("delta", delta);
        return event("content_block_delta", e);
    }

    private byte[] event(String type, ObjectNode data) throws IOException {
        ObjectNode withType = json.createObjectNode().put("type", type);
        withType.setAll(data);
        return SseFrames.event(type, json.writeValueAsString(withType));
    }

    private static String stopReason(StopReason reason) {
        return switch (reason) {
            case END_TURN -> "end_turn";
            case TOOL_USE -> "tool_use";
            case MAX_TOKENS -> "max_tokens";
            case STOP_SEQUENCE -> "stop_sequence";
            case CONTENT_FILTERED, GUARDRAIL_INTERVENED -> "refusal";
        };
    }
}
