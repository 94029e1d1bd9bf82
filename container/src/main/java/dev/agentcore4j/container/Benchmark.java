package dev.agentcore4j.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.AgentResult;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.runtime.ClientError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's {@code run_benchmark} action: prompts run through each engine on a fresh agent with the
 * container's model and tools, timed. A quick in-container look; {@code ./ac4j compare} is the full,
 * judged comparison.
 */
final class Benchmark {

    static final List<String> DEFAULT_PROMPTS = List.of("Hello, who are you?", "What's the weather in Tokyo?",
            "東京の天気は？", "What is 15 * 23 + 7?", "What's the weather in Tokyo and what time is it there?",
            "What's the weather in Atlantis?");
    static final int MAX_PROMPTS = 20;
    static final int MAX_REPEAT = 5;

    private Benchmark() {
    }

    static Map<String, Object> run(JsonNode payload, SessionAgents sessions) {
        List<Engine> engines = engines(payload.path("engines"));
        List<String> prompts = prompts(payload.path("prompts"));
        int repeat = payload.path("repeat").isMissingNode() ? 1 : payload.path("repeat").asInt(0);
        if (!payload.path("repeat").isMissingNode() && (!payload.path("repeat").isInt() || repeat < 1 || repeat > MAX_REPEAT)) {
            throw new ClientError(400, "\"repeat\" must be a whole number from 1 to " + MAX_REPEAT);
        }
        ContainerConfig config = sessions.config();
        List<Map<String, Object>> runs = new ArrayList<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Engine engine : engines) {
            long totalNanos = 0;
            int completed = 0;
            int tokens = 0;
            int count = 0;
            for (int r = 1; r <= repeat; r++) {
                for (String prompt : prompts) {
                    Agent agent = config.agents().create(engine, sessions.tools(), config.systemPrompt());
                    List<String> toolCalls = new ArrayList<>();
                    long start = System.nanoTime();
                    AgentResult result = agent.stream(Message.user(prompt), event -> {
                        if (event instanceof AgentEvent.ToolCalled call) {
                            toolCalls.add(call.name());
                        }
                    }, Cancellation.create());
                    long nanos = System.nanoTime() - start;
                    totalNanos += nanos;
                    count++;
                    tokens += result.usage().totalTokens();
                    completed += result.outcome() == AgentResult.Outcome.COMPLETED ? 1 : 0;
                    runs.add(run(engine, prompt, r, nanos, result, toolCalls));
                }
            }
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("runs", count);
            stats.put("completed", completed);
            stats.put("mean_latency_ms", count == 0 ? 0 : totalNanos / 1_000_000.0 / count);
            stats.put("total_tokens", tokens);
            summary.put(engine.id(), stats);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", AgentEvents.model(config.model().info()));
        out.put("engines", engines.stream().map(Engine::id).toList());
        out.put("repeat", repeat);
        out.put("runs", runs);
        out.put("summary", summary);
        return out;
    }

    private static Map<String, Object> run(Engine engine, String prompt, int repeat, long nanos, AgentResult result,
            List<String> toolCalls) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("engine", engine.id());
        run.put("prompt", prompt);
        run.put("run", repeat);
        run.put("latency_ms", nanos / 1_000_000.0);
        run.put("tokens_in", result.usage().inputTokens());
        run.put("tokens_out", result.usage().outputTokens());
        run.put("tool_calls", toolCalls);
        run.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
        run.put("response", result.text());
        return run;
    }

    private static List<Engine> engines(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of(Engine.values());
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new ClientError(400, "\"engines\" must be a non-empty list of " + String.join(", ", Engine.ids()));
        }
        List<Engine> engines = new ArrayList<>();
        for (JsonNode name : node) {
            try {
                engines.add(Engine.parse(name.isTextual() ? name.asText() : name.toString()));
            } catch (IllegalArgumentException e) {
                throw new ClientError(400, e.getMessage());
            }
        }
        return List.copyOf(engines);
    }

    private static List<String> prompts(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return DEFAULT_PROMPTS;
        }
        if (!node.isArray() || node.isEmpty() || node.size() > MAX_PROMPTS) {
            throw new ClientError(400, "\"prompts\" must be a list of 1 to " + MAX_PROMPTS + " prompts");
        }
        List<String> prompts = new ArrayList<>();
        for (JsonNode prompt : node) {
            if (!prompt.isTextual() || prompt.asText().isBlank() || prompt.asText().length() > AgentRequest.MAX_PROMPT_CHARS) {
                throw new ClientError(400, "every prompt must be non-empty text of at most "
                        + AgentRequest.MAX_PROMPT_CHARS + " characters");
            }
            prompts.add(prompt.asText());
        }
        return prompts;
    }
}
