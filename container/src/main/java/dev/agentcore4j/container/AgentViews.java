package dev.agentcore4j.container;

import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.agent.ToolSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seed API's agent views: info, the engine comparison, the tools. */
final class AgentViews {

    private AgentViews() {
    }

    /** @param models the models a request may choose here ({@code "model"}: the configured providers) */
    static Map<String, Object> info(Engine engine, ModelInfo model, List<String> models, List<ToolSpec> tools,
            String systemPrompt) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", "AgentCore4J bundled agent");
        out.put("engine", engine.id());
        out.put("available_engines", Engine.ids());
        out.put("model", AgentEvents.model(model));
        out.put("available_models", models);
        out.put("tools", tools.stream().map(ToolSpec::name).toList());
        out.put("system_prompt", systemPrompt);
        out.put("features", List.of("streaming", "sessions", "tool_use", "engine_switch", "model_switch", "cancellation"));
        return out;
    }

    static Map<String, Object> tools(List<ToolSpec> tools) {
        List<Map<String, Object>> list = tools.stream().map(spec -> {
            Map<String, Object> tool = new LinkedHashMap<>();
            tool.put("name", spec.name());
            tool.put("description", spec.description());
            tool.put("input_schema", spec.inputSchema());
            return tool;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tools", list);
        out.put("count", list.size());
        return out;
    }

    /** What differs between the engines and what is held equal (see docs/engines.md). */
    static Map<String, Object> comparison(Engine current, ModelInfo model) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("current_engine", current.id());
        out.put("engines", List.of(
                engine(Engine.STRANDS, "Strands-style model-driven loop (agent module)",
                        List.of("one visible loop over our Model SPI", "tools run concurrently on virtual threads",
                                "sliding-window conversation (40 messages)", "hooks, retries, structured output")),
                engine(Engine.LANGCHAIN4J, "LangChain4j 1.19.0 (engine-langchain4j module)",
                        List.of("loop over LangChain4j StreamingChatModel and ToolExecutors",
                                "MessageWindowChatMemory (40 messages)", "our model through a LangChain4j adapter",
                                "no structured output"))));
        out.put("shared", Map.of("model", AgentEvents.model(model), "round_limit", 10, "tool_timeout_s", 30,
                "memory_messages", 40));
        out.put("how_to_switch", "config AC4J_ENGINE=strands|langchain4j, or \"engine\" in a request that starts a session");
        out.put("benchmark", "POST /invocations {\"action\": \"run_benchmark\"} or ./ac4j compare");
        return out;
    }

    private static Map<String, Object> engine(Engine engine, String description, List<String> traits) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", engine.id());
        out.put("description", description);
        out.put("traits", traits);
        return out;
    }
}
