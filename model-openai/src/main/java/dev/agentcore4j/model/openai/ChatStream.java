package dev.agentcore4j.model.openai;

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
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns chat completions stream chunks into {@link ModelEvent}s. Text and reasoning deltas pass
 * through at once; {@code tool_calls} deltas are accumulated by {@code index} (the id and name come
 * in the first delta, the arguments JSON in fragments) and completed when the stream finishes;
 * the usage chunk ({@code stream_options.include_usage}) arrives last, with no choices.
 */
final class ChatStream {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private static final class ToolCall {
        String id;
        String name;
        final StringBuilder arguments = new StringBuilder();
        boolean started;
    }

    private final ObjectMapper json;
    private final ModelEventSink sink;
    private final TreeMap<Integer, ToolCall> toolCalls = new TreeMap<>();
    private boolean started;
    private String finishReason;
    private Usage usage;

    ChatStream(ObjectMapper json, ModelEventSink sink) {
        this.json = json;
        this.sink = sink;
    }

    /** Handles one {@code data:} payload; false at the {@code [DONE]} sentinel. */
    boolean accept(String data) {
        if (data.strip().equals("[DONE]")) {
            return false;
        }
        JsonNode chunk;
        try {
            chunk = json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new ModelException("the model server sent a stream chunk that is not JSON", true);
        }
        if (chunk.hasNonNull("error")) {
            throw new ModelException("the model server failed mid-stream: "
                    + ChatErrors.message(chunk.get("error")), true);
        }
        start();
        JsonNode u = chunk.path("usage");
        if (u.isObject()) {
            int in = u.path("prompt_tokens").asInt(0);
            int out = u.path("completion_tokens").asInt(0);
            usage = new Usage(in, out, u.path("total_tokens").asInt(in + out));
        }
        for (JsonNode choice : chunk.path("choices")) {
            delta(choice.path("delta"));
            if (choice.hasNonNull("finish_reason")) {
                finishReason = choice.get("finish_reason").asText();
            }
        }
        return true;
    }

    /** Completes the turn: tool inputs, usage (zero if the server sent none), stop reason. */
    void finish() {
        if (finishReason == null) {
            throw new ModelException("the model stream ended before a finish reason", true);
        }
        start();
        for (var entry : toolCalls.entrySet()) {
            ToolCall call = entry.getValue();
            if (call.name == null) {
                throw new ModelException("the model sent a tool call without a function name", true);
            }
            if (call.id == null) {
                call.id = "call_" + entry.getKey();
            }
            startTool(call);
            sink.accept(new ModelEvent.ToolUseStop(call.id, input(call)));
        }
        sink.accept(new ModelEvent.UsageReport(usage == null ? Usage.ZERO : usage));
        sink.accept(new ModelEvent.MessageStop(stopReason()));
    }

    private void delta(JsonNode delta) {
        String content = delta.path("content").asText("");
        for (String field : new String[] {"reasoning_content", "reasoning"}) {
            String reasoning = delta.path(field).asText("");
            if (!reasoning.isEmpty()) {
                sink.accept(new ModelEvent.ReasoningDelta(reasoning));
            }
        }
        if (!content.isEmpty()) {
            sink.accept(new ModelEvent.TextDelta(content));
        }
        JsonNode calls = delta.path("tool_calls");
        for (int i = 0; i < calls.size(); i++) {
            JsonNode c = calls.get(i);
            ToolCall call = toolCalls.computeIfAbsent(c.path("index").asInt(i), _ -> new ToolCall());
            if (c.hasNonNull("id") && call.id == null) {
                call.id = c.get("id").asText();
            }
            JsonNode function = c.path("function");
            if (function.hasNonNull("name") && call.name == null) {
                call.name = function.get("name").asText();
            }
            if (call.id != null && call.name != null) {
                startTool(call);
            }
            String fragment = function.path("arguments").asText("");
            if (!fragment.isEmpty()) {
                call.arguments.append(fragment);
                if (call.started) {
                    sink.accept(new ModelEvent.ToolUseDelta(call.id, fragment));
                }
            }
        }
    }

    private void start() {
        if (!started) {
            started = true;
            sink.accept(new ModelEvent.MessageStart(Role.ASSISTANT));
        }
    }

    private void startTool(ToolCall call) {
        if (!call.started) {
            call.started = true;
            sink.accept(new ModelEvent.ToolUseStart(call.id, call.name));
        }
    }

    private Map<String, Object> input(ToolCall call) {
        String arguments = call.arguments.toString().strip();
        if (arguments.isEmpty()) {
            return Map.of();
        }
        try {
            return json.readValue(arguments, OBJECT);
        } catch (JsonProcessingException e) {
            throw new ModelException("the model sent arguments for tool '" + call.name + "' that are not a JSON object", true);
        }
    }

    private StopReason stopReason() {
        if (!toolCalls.isEmpty()) {
            return StopReason.TOOL_USE; // some servers (older Ollama) say "stop" after tool calls
        }
        return switch (finishReason) {
            case "length" -> StopReason.MAX_TOKENS;
            case "content_filter" -> StopReason.CONTENT_FILTERED;
            case "tool_calls", "function_call" -> StopReason.TOOL_USE;
            default -> StopReason.END_TURN;
        };
    }
}
