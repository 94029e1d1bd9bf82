package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.Usage;
import java.util.List;
import java.util.Locale;

/**
 * Agent events in the bundled container's SSE format (docs/container.md), so that a turn streamed
 * by the backend reads exactly like one streamed by the runtime: {@code text_delta},
 * {@code reasoning_delta}, {@code tool_call}, {@code tool_result}, {@code usage}, {@code finished},
 * {@code error}.
 */
final class WireEvents {

    private WireEvents() {
    }

    static ObjectNode of(AgentEvent event, String sessionId, String engine) {
        return switch (event) {
            case AgentEvent.TextDelta delta -> textDelta(delta.text());
            case AgentEvent.ReasoningDelta delta -> Json.object().put("type", "reasoning_delta").put("text", delta.text());
            case AgentEvent.ToolCalled call -> Json.object().put("type", "tool_call").put("tool_use_id", call.toolUseId())
                    .put("name", call.name()).set("input", Json.MAPPER.valueToTree(call.input()));
            case AgentEvent.ToolReturned ret -> {
                ObjectNode out = Json.object().put("type", "tool_result").put("tool_use_id", ret.toolUseId())
                        .put("name", ret.name()).put("status", ret.status().name().toLowerCase(Locale.ROOT));
                out.set("content", content(ret.content()));
                yield out.put("duration_ms", ret.duration().toMillis());
            }
            case AgentEvent.UsageReported usage -> Json.object().put("type", "usage").set("usage", usage(usage.usage()));
            case AgentEvent.Finished finished -> Json.object().put("type", "finished").put("session_id", sessionId)
                    .put("engine", engine).put("stop_reason", finished.stopReason().name().toLowerCase(Locale.ROOT))
                    .set("usage", usage(finished.usage()));
            case AgentEvent.Failed failed -> error("the agent failed: " + failed.error().getClass().getSimpleName());
        };
    }

    static ObjectNode error(String message) {
        return Json.object().put("type", "error").put("message", message);
    }

    static ObjectNode textDelta(String text) {
        return Json.object().put("type", "text_delta").put("text", text);
    }

    static ObjectNode usage(Usage usage) {
        return Json.object().put("input_tokens", usage.inputTokens()).put("output_tokens", usage.outputTokens())
                .put("total_tokens", usage.totalTokens());
    }

    static ArrayNode content(List<ToolResultContent> content) {
        ArrayNode out = Json.array();
        for (ToolResultContent part : content) {
            switch (part) {
                case ToolResultContent.Text text -> out.addObject().put("text", text.text());
                case ToolResultContent.Json json -> out.addObject().set("json", Json.MAPPER.valueToTree(json.value()));
            }
        }
        return out;
    }
}
