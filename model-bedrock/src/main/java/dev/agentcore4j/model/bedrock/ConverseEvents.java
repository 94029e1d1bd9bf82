package dev.agentcore4j.model.bedrock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.agent.ModelEvent;
import dev.agentcore4j.agent.ModelEventSink;
import dev.agentcore4j.agent.ModelException;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Usage;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlockDelta;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlockDeltaEvent;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlockStartEvent;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlockStopEvent;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamMetadataEvent;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamOutput;
import software.amazon.awssdk.services.bedrockruntime.model.MessageStartEvent;
import software.amazon.awssdk.services.bedrockruntime.model.MessageStopEvent;
import software.amazon.awssdk.services.bedrockruntime.model.TokenUsage;

/**
 * Turns ConverseStream events into {@link ModelEvent}s. Tool input arrives as JSON text fragments in
 * {@code toolUse} deltas and is parsed when its block stops; Bedrock sends {@code metadata} (usage)
 * after {@code messageStop}, so the stop is held back and emitted last.
 */
final class ConverseEvents {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private record ToolBlock(String id, String name, StringBuilder input) { }

    private final ObjectMapper json;
    private final ModelEventSink sink;
    private final Map<Integer, ToolBlock> tools = new HashMap<>();
    private StopReason stopReason;
    private boolean usageReported;

    ConverseEvents(ObjectMapper json, ModelEventSink sink) {
        this.json = json;
        this.sink = sink;
    }

    void accept(ConverseStreamOutput event) {
        switch (event) {
            case MessageStartEvent _ -> sink.accept(new ModelEvent.MessageStart(Role.ASSISTANT));
            case ContentBlockStartEvent e -> {
                if (e.start() != null && e.start().toolUse() != null) {
                    var tool = new ToolBlock(e.start().toolUse().toolUseId(), e.start().toolUse().name(), new StringBuilder());
                    tools.put(e.contentBlockIndex(), tool);
                    sink.accept(new ModelEvent.ToolUseStart(tool.id(), tool.name()));
                }
            }
            case ContentBlockDeltaEvent e -> delta(e.contentBlockIndex(), e.delta());
            case ContentBlockStopEvent e -> stop(e.contentBlockIndex());
            case MessageStopEvent e -> stopReason = stopReason(e.stopReasonAsString());
            case ConverseStreamMetadataEvent e -> {
                sink.accept(new ModelEvent.UsageReport(usage(e.usage())));
                usageReported = true;
            }
            default -> { } // event types added after this client was written
        }
    }

    /** Emits the held-back stop once the stream is complete. */
    void finish() {
        if (stopReason == null) {
            throw new ModelException("the Bedrock stream ended without messageStop", true);
        }
        if (!usageReported) {
            sink.accept(new ModelEvent.UsageReport(Usage.ZERO));
        }
        sink.accept(new ModelEvent.MessageStop(stopReason));
    }

    static Usage usage(TokenUsage usage) {
        if (usage == null) {
            return Usage.ZERO;
        }
        int in = orZero(usage.inputTokens());
        int out = orZero(usage.outputTokens());
        return new Usage(in, out, usage.totalTokens() == null ? in + out : usage.totalTokens());
    }

    static StopReason stopReason(String reason) {
        return switch (reason == null ? "" : reason) {
            case "tool_use" -> StopReason.TOOL_USE;
            case "max_tokens", "model_context_window_exceeded" -> StopReason.MAX_TOKENS;
            case "stop_sequence" -> StopReason.STOP_SEQUENCE;
            case "guardrail_intervened" -> StopReason.GUARDRAIL_INTERVENED;
            case "content_filtered" -> StopReason.CONTENT_FILTERED;
            default -> StopReason.END_TURN;
        };
    }

    private void delta(Integer index, ContentBlockDelta delta) {
        if (delta == null) {
            return;
        }
        if (delta.text() != null) {
            sink.accept(new ModelEvent.TextDelta(delta.text()));
        } else if (delta.toolUse() != null) {
            ToolBlock tool = tools.get(index);
            if (tool == null) {
                throw new ModelException("Bedrock sent tool input for a block that is not a tool use", true);
            }
            String fragment = delta.toolUse().input() == null ? "" : delta.toolUse().input();
            tool.input().append(fragment);
            if (!fragment.isEmpty()) {
                sink.accept(new ModelEvent.ToolUseDelta(tool.id(), fragment));
            }
        } else if (delta.reasoningContent() != null) {
            var reasoning = delta.reasoningContent();
            if (reasoning.text() != null) {
                sink.accept(new ModelEvent.ReasoningDelta(reasoning.text()));
            }
            if (reasoning.signature() != null) {
                sink.accept(new ModelEvent.ReasoningSignature(reasoning.signature()));
            }
        }
    }

    private void stop(Integer index) {
        ToolBlock tool = tools.remove(index);
        if (tool == null) {
            return;
        }
        String input = tool.input().toString().strip();
        try {
            sink.accept(new ModelEvent.ToolUseStop(tool.id(), input.isEmpty() ? Map.of() : json.readValue(input, OBJECT)));
        } catch (JsonProcessingException e) {
            throw new ModelException("Bedrock sent input for tool '" + tool.name() + "' that is not a JSON object", true);
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
