package dev.agentcore4j.container;

import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.AgentResult;
import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.Usage;
import dev.agentcore4j.memory.client.ActorId;
import dev.agentcore4j.memory.client.Recall;
import dev.agentcore4j.memory.client.RecalledRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The wire shape of agent events (one SSE event each), of memory's events ({@code memory_recall},
 * {@code memory_warning}) and of a finished turn (one JSON answer).
 */
final class AgentEvents {

    private AgentEvents() {
    }

    static Map<String, Object> event(AgentEvent event, String sessionId, Engine engine) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (event) {
            case AgentEvent.TextDelta delta -> {
                out.put("type", "text_delta");
                out.put("text", delta.text());
            }
            case AgentEvent.ReasoningDelta delta -> {
                out.put("type", "reasoning_delta");
                out.put("text", delta.text());
            }
            case AgentEvent.ToolCalled call -> {
                out.put("type", "tool_call");
                out.put("tool_use_id", call.toolUseId());
                out.put("name", call.name());
                out.put("input", call.input());
            }
            case AgentEvent.ToolReturned ret -> {
                out.put("type", "tool_result");
                out.put("tool_use_id", ret.toolUseId());
                out.put("name", ret.name());
                out.put("status", ret.status().name().toLowerCase(Locale.ROOT));
                out.put("content", content(ret.content()));
                out.put("duration_ms", ret.duration().toMillis());
            }
            case AgentEvent.UsageReported usage -> {
                out.put("type", "usage");
                out.put("usage", usage(usage.usage()));
            }
            case AgentEvent.Finished finished -> {
                out.put("type", "finished");
                out.put("session_id", sessionId);
                out.put("engine", engine.id());
                out.put("stop_reason", finished.result().stopReason().name().toLowerCase(Locale.ROOT));
                out.put("usage", usage(finished.result().usage()));
            }
            case AgentEvent.Failed failed -> {
                out.put("type", "error");
                out.put("message", "the agent failed: " + failed.error().getClass().getSimpleName());
            }
        }
        return out;
    }

    /** What long-term memory recalled for the turn, before the agent runs. */
    static Map<String, Object> recall(Recall recall, ActorId actor) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "memory_recall");
        out.put("actor_id", actor.value());
        out.put("query", recall.query());
        out.put("namespaces", recall.namespaces());
        out.put("records", records(recall));
        return out;
    }

    static List<Map<String, Object>> records(Recall recall) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RecalledRecord record : recall.records()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("record_id", record.recordId());
            item.put("text", record.text());
            item.put("score", record.score());
            item.put("namespace", record.namespace());
            item.put("strategy_id", record.strategyId());
            out.add(item);
        }
        return out;
    }

    /** Memory failed at {@code operation} (load, recall, record); the turn goes on. */
    static Map<String, Object> memoryWarning(String operation, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "memory_warning");
        out.put("operation", operation);
        out.put("message", message);
        return out;
    }

    static Map<String, Object> result(AgentResult result, List<Map<String, Object>> toolCalls, String sessionId,
            ModelInfo model, Engine engine) {
        return result(result, toolCalls, sessionId, model, engine, Optional.empty());
    }

    /** @param memory what memory did in the turn, when the session remembers */
    static Map<String, Object> result(AgentResult result, List<Map<String, Object>> toolCalls, String sessionId,
            ModelInfo model, Engine engine, Optional<Map<String, Object>> memory) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("response", result.text());
        out.put("session_id", sessionId);
        out.put("engine", engine.id());
        out.put("stop_reason", result.stopReason().name().toLowerCase(Locale.ROOT));
        out.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
        out.put("tool_calls", toolCalls);
        out.put("usage", usage(result.usage()));
        out.put("model", model(model));
        memory.ifPresent(m -> out.put("memory", m));
        return out;
    }

    static Map<String, Object> model(ModelInfo model) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("provider", model.provider());
        out.put("model_id", model.modelId());
        out.put("offline", model.offline());
        return out;
    }

    static Map<String, Object> usage(Usage usage) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("input_tokens", usage.inputTokens());
        out.put("output_tokens", usage.outputTokens());
        out.put("total_tokens", usage.totalTokens());
        return out;
    }

    private static List<Object> content(List<ToolResultContent> content) {
        List<Object> out = new ArrayList<>();
        for (ToolResultContent part : content) {
            switch (part) {
                case ToolResultContent.Text text -> out.add(Map.of("text", text.text()));
                case ToolResultContent.Json json -> out.add(Map.of("json", json.value()));
            }
        }
        return out;
    }

}
