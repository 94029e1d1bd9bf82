package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.AgentResult;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.container.Engine;
import dev.agentcore4j.container.Engines;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/compare}: one prompt through each engine, side by side — a fresh agent per engine
 * in this process, sharing one model (the settings') and one tool list, run one after the other,
 * as {@code ./ac4j compare} runs them. Tasks the prompt creates go to a scratch directory.
 */
final class CompareRuns {

    private static final System.Logger LOG = System.getLogger(CompareRuns.class.getName());

    private final LiveSettings settings;
    private final Path scratch;

    CompareRuns(LiveSettings settings, Path scratch) {
        this.settings = settings;
        this.scratch = scratch;
    }

    ObjectNode run(ObjectNode request) {
        Fields body = Fields.of(request, "", Set.of("prompt", "engines"));
        String prompt = body.string("prompt", 1, EventCodec.MAX_TEXT);
        List<String> engines = body.optionalChoices("engines", Engine.ids(), 1, Engine.ids().size()).orElse(Engine.ids());
        Model model = settings.model();
        List<Tool> tools = SeedTools.create(ToolsConfig.defaults().dataDir(scratch).semanticSearch(false));
        ObjectNode out = Json.object().put("model", settings.provider()).put("prompt", prompt);
        ArrayNode results = out.putArray("results");
        for (String engine : engines) {
            results.add(once(Engines.create(Engine.parse(engine), model, tools, ContainerConfig.DEFAULT_SYSTEM_PROMPT),
                    engine, prompt));
        }
        return out;
    }

    private static ObjectNode once(Agent agent, String engine, String prompt) {
        ObjectNode out = Json.object().put("engine", engine);
        ArrayNode calls = Json.array();
        Map<String, ObjectNode> byId = new HashMap<>();
        long start = System.nanoTime();
        try {
            AgentResult result = agent.stream(Message.user(prompt), event -> {
                switch (event) {
                    case AgentEvent.ToolCalled call -> {
                        ObjectNode c = calls.addObject().put("toolUseId", call.toolUseId()).put("tool", call.name());
                        c.set("arguments", Json.MAPPER.valueToTree(call.input()));
                        c.put("status", "pending");
                        byId.put(call.toolUseId(), c);
                    }
                    case AgentEvent.ToolReturned ret when byId.containsKey(ret.toolUseId()) -> {
                        ObjectNode c = byId.get(ret.toolUseId());
                        c.set("result", WireEvents.content(ret.content()));
                        c.put("durationMs", ret.duration().toMillis()).put("status", ret.status().name().toLowerCase(java.util.Locale.ROOT));
                    }
                    default -> { }
                }
            }, Cancellation.create());
            out.put("answer", result.text()).put("latencyMs", millis(start))
                    .put("inputTokens", result.usage().inputTokens()).put("outputTokens", result.usage().outputTokens())
                    .put("success", result.outcome() == AgentResult.Outcome.COMPLETED);
            if (result.outcome() != AgentResult.Outcome.COMPLETED) {
                out.put("error", "the agent stopped: " + result.outcome().name().toLowerCase(java.util.Locale.ROOT));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "engine=" + engine + " | compare run failed", e);
            out.put("answer", "").put("latencyMs", millis(start)).put("inputTokens", 0).put("outputTokens", 0)
                    .put("success", false).put("error", "the agent failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        out.set("toolCalls", calls);
        return out;
    }

    private static double millis(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1_000.0) / 1_000.0;
    }
}
