package dev.agentcore4j.model.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.agent.ModelEvent;
import dev.agentcore4j.agent.ModelEventSink;
import dev.agentcore4j.agent.ModelException;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Usage;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns Messages API stream events into {@link ModelEvent}s: {@code message_start} (input usage),
 * {@code content_block_start/delta/stop} with {@code text_delta}, {@code input_json_delta},
 * {@code thinking_delta} and {@code signature_delta}, {@code message_delta} (stop reason, output
 * usage), {@code message_stop}; {@code ping} is ignored and {@code error} is thrown.
 */
final class MessagesStream {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private record ToolBlock(String id, String name, StringBuilder json) { }

    private final ObjectMapper json;
    private final ModelEventSink sink;
    private final MessagesErrors errors;
    private final Map<Integer, ToolBlock> tools = new HashMap<>();
    private int inputTokens;
    private int outputTokens;
    private String stopReason;
    private boolean stopped;

    MessagesStream(ObjectMapper json, ModelEventSink sink, MessagesErrors errors) {
        this.json = json;
        this.sink = sink;
        this.errors = errors;
    }

    /** Handles one event's data; false once {@code message_stop} has been handled. */
    boolean accept(String data) {
        JsonNode event;
        try {
            event = json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new ModelException("Anthropic sent a stream event that is not JSON", true);
        }
        switch (event.path("type").asText()) {
            case "message_start" -> {
                JsonNode usage = event.path("message").path("usage");
                inputTokens = usage.path("input_tokens").asInt(0) + usage.path("cache_creation_input_tokens").asInt(0)
                        + usage.path("cache_read_input_tokens").asInt(0);
                outputTokens = usage.path("output_tokens").asInt(0);
                sink.accept(new ModelEvent.MessageStart(Role.ASSISTANT));
            }
            case "content_block_start" -> blockStart(event.path("index").asInt(), event.path("content_block"));
            case "content_block_delta" -> delta(event.path("index").asInt(), event.path("delta"));
            case "content_block_stop" -> blockStop(event.path("index").asInt());
            case "message_delta" -> {
                JsonNode reason = event.path("delta").path("stop_reason");
                if (reason.isTextual()) {
                    stopReason = reason.asText();
                }
                outputTokens = event.path("usage").path("output_tokens").asInt(outputTokens);
            }
            case "message_stop" -> {
                if (stopReason == null) {
                    throw new ModelException("Anthropic ended the message without a stop reason", true);
                }
                sink.accept(new ModelEvent.UsageReport(Usage.of(inputTokens, outputTokens)));
                sink.accept(new ModelEvent.MessageStop(stopReason(stopReason)));
                stopped = true;
                return false;
            }
            case "error" -> throw errors.fromStreamEvent(event.path("error"));
            default -> { } // ping, and event types added after this client was written
        }
        return true;
    }

    /** Throws if the stream ended before {@code message_stop}. */
    void finish() {
        if (!stopped) {
            throw new ModelException("the Anthropic stream ended before message_stop", true);
        }
    }

    private void blockStart(int index, JsonNode block) {
        switch (block.path("type").asText()) {
            case "text" -> {
                String text = block.path("text").asText("");
                if (!text.isEmpty()) {
                    sink.accept(new ModelEvent.TextDelta(text));
                }
            }
            case "tool_use" -> {
                var tool = new ToolBlock(block.path("id").asText(), block.path("name").asText(), new StringBuilder());
                tools.put(index, tool);
                sink.accept(new ModelEvent.ToolUseStart(tool.id(), tool.name()));
            }
            default -> { } // thinking arrives as deltas; redacted_thinking cannot be carried back
        }
    }

    private void delta(int index, JsonNode delta) {
        switch (delta.path("type").asText()) {
            case "text_delta" -> sink.accept(new ModelEvent.TextDelta(delta.path("text").asText("")));
            case "thinking_delta" -> sink.accept(new ModelEvent.ReasoningDelta(delta.path("thinking").asText("")));
            case "signature_delta" -> sink.accept(new ModelEvent.ReasoningSignature(delta.path("signature").asText("")));
            case "input_json_delta" -> {
                ToolBlock tool = tools.get(index);
                if (tool == null) {
                    throw new ModelException("Anthropic sent tool input for a block that is not a tool use", true);
                }
                String fragment = delta.path("partial_json").asText("");
                tool.json().append(fragment);
                if (!fragment.isEmpty()) {
                    sink.accept(new ModelEvent.ToolUseDelta(tool.id(), fragment));
                }
            }
            default -> { }
        }
    }

    private void blockStop(int index) {
        ToolBlock tool = tools.remove(index);
        if (tool == null) {
            return;
        }
        String input = tool.json().toString().strip();
        Map<String, Object> parsed;
        try {
            parsed = input.isEmpty() ? Map.of() : json.readValue(input, OBJECT);
        } catch (JsonProcessingException e) {
            throw new ModelException("Anthropic sent input for tool '" + tool.name() + "' that is not a JSON object", true);
        }
        sink.accept(new ModelEvent.ToolUseStop(tool.id(), parsed));
    }

    private static StopReason stopReason(String reason) {
        return switch (reason) {
            case "tool_use" -> StopReason.TOOL_USE;
            case "max_tokens", "model_context_window_exceeded" -> StopReason.MAX_TOKENS;
            case "stop_sequence" -> StopReason.STOP_SEQUENCE;
            case "refusal" -> StopReason.CONTENT_FILTERED;
            default -> StopReason.END_TURN; // end_turn, pause_turn
        };
    }
}
