package dev.agentcore4j.model.bedrock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.model.testkit.RecordedRequest;
import dev.agentcore4j.model.testkit.ReplyChannel;
import dev.agentcore4j.model.testkit.ScriptedReply;
import dev.agentcore4j.model.testkit.WireFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Bedrock Runtime as it answers on the wire: ConverseStream ({@code /model/{id}/converse-stream}) as
 * event-stream frames, Converse ({@code /model/{id}/converse}) as one JSON document, errors as
 * restJson1 errors ({@code x-amzn-ErrorType} header, {@code {"message": …}} body).
 */
final class ConverseStreamFormat implements WireFormat {

    private static final Map<String, String> EVENT_STREAM = Map.of("Content-Type", "application/vnd.amazon.eventstream",
            "x-amzn-RequestId", "req-scripted");
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void write(ScriptedReply reply, RecordedRequest request, ReplyChannel channel) throws IOException {
        switch (reply) {
            case ScriptedReply.Turn turn when request.path().endsWith("/converse") -> converse(turn, channel);
            case ScriptedReply.Turn turn -> {
                channel.start(200, EVENT_STREAM);
                channel.frame(event("messageStart", json.createObjectNode().put("role", "assistant")));
                int index = 0;
                for (ScriptedReply.Part part : turn.parts()) {
                    switch (part) {
                        case ScriptedReply.Text text -> {
                            for (String c : text.chunks()) {
                                channel.frame(delta(index, json.createObjectNode().put("text", c)));
                            }
                        }
                        case ScriptedReply.Reasoning r -> {
                            for (String c : r.chunks()) {
                                ObjectNode d = json.createObjectNode();
                                d.putObject("reasoningContent").put("text", c);
                                channel.frame(delta(index, d));
                            }
                            ObjectNode d = json.createObjectNode();
                            d.putObject("reasoningContent").put("signature", r.signature());
                            channel.frame(delta(index, d));
                        }
                        case ScriptedReply.ToolCall call -> {
                            ObjectNode start = json.createObjectNode().put("contentBlockIndex", index);
                            start.putObject("start").putObject("toolUse").put("toolUseId", call.id()).put("name", call.name());
                            channel.frame(event("contentBlockStart", start));
                            for (String fragment : call.inputFragments()) {
                                ObjectNode d = json.createObjectNode();
                                d.putObject("toolUse").put("input", fragment);
                                channel.frame(delta(index, d));
                            }
                        }
                    }
                    channel.frame(event("contentBlockStop", json.createObjectNode().put("contentBlockIndex", index)));
                    index++;
                }
                channel.frame(event("messageStop", json.createObjectNode().put("stopReason", stopReason(turn.stopReason()))));
                ObjectNode metadata = json.createObjectNode();
                metadata.putObject("usage").put("inputTokens", turn.usage().inputTokens())
                        .put("outputTokens", turn.usage().outputTokens()).put("totalTokens", turn.usage().totalTokens());
                metadata.putObject("metrics").put("latencyMs", 42);
                channel.frame(event("metadata", metadata));
            }
            case ScriptedReply.Stall stall -> {
                channel.start(200, EVENT_STREAM);
                channel.frame(event("messageStart", json.createObjectNode().put("role", "assistant")));
                for (String c : stall.textChunks()) {
                    channel.frame(delta(0, json.createObjectNode().put("text", c)));
                }
                channel.holdOpen();
            }
            case ScriptedReply.Failure failure -> {
                record Err(int status, String type, String message) { }
                Err err = switch (failure.kind()) {
                    case THROTTLED -> new Err(429, "ThrottlingException", "Too many requests, please wait before trying again.");
                    case SERVER_ERROR -> new Err(500, "InternalServerException", "The server encountered an internal error.");
                    case BAD_REQUEST -> new Err(400, "ValidationException", "scripted bad request: messages must not be empty");
                    case CONTEXT_OVERFLOW -> new Err(400, "ValidationException", "Input is too long for requested model.");
                };
                channel.complete(err.status(), Map.of("Content-Type", "application/json",
                                "x-amzn-ErrorType", err.type() + ":http://internal.amazon.com/coral/com.amazon.bedrock/"),
                        json.writeValueAsString(json.createObjectNode().put("message", err.message()))
                                .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void converse(ScriptedReply.Turn turn, ReplyChannel channel) throws IOException {
        ObjectNode body = json.createObjectNode();
        ObjectNode message = body.putObject("output").putObject("message").put("role", "assistant");
        ArrayNode content = message.putArray("content");
        for (ScriptedReply.Part part : turn.parts()) {
            switch (part) {
                case ScriptedReply.Text text -> content.addObject().put("text", String.join("", text.chunks()));
                case ScriptedReply.Reasoning r -> content.addObject().putObject("reasoningContent")
                        .putObject("reasoningText").put("text", String.join("", r.chunks())).put("signature", r.signature());
                case ScriptedReply.ToolCall call -> {
                    ObjectNode use = content.addObject().putObject("toolUse").put("toolUseId", call.id()).put("name", call.name());
                    use.set("input", json.readTree(String.join("", call.inputFragments())));
                }
            }
        }
        body.put("stopReason", stopReason(turn.stopReason()));
        body.putObject("usage").put("inputTokens", turn.usage().inputTokens())
                .put("outputTokens", turn.usage().outputTokens()).put("totalTokens", turn.usage().totalTokens());
        body.putObject("metrics").put("latencyMs", 42);
        channel.complete(200, Map.of("Content-Type", "application/json"), json.writeValueAsBytes(body));
    }

    private byte[] delta(int index, ObjectNode delta) throws IOException {
        ObjectNode e = json.createObjectNode().put("contentBlockIndex", index);
        e.set("delta", delta);
        return event("contentBlockDelta", e);
    }

    private byte[] event(String type, ObjectNode payload) throws IOException {
        return EventStreamFrames.event(type, json.writeValueAsString(payload));
    }

    private static String stopReason(StopReason reason) {
        return switch (reason) {
            case END_TURN -> "end_turn";
            case TOOL_USE -> "tool_use";
            case MAX_TOKENS -> "max_tokens";
            case STOP_SEQUENCE -> "stop_sequence";
            case CONTENT_FILTERED -> "content_filtered";
            case GUARDRAIL_INTERVENED -> "guardrail_intervened";
        };
    }
}
