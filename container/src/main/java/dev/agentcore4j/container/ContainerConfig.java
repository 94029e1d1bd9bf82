package dev.agentcore4j.container;

import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.model.offline.OfflineModel;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the bundled agent runs with.
 *
 * @param model the model every session's agent calls
 * @param tools a fresh tool list per container (tools may hold stores)
 * @param systemPrompt the agent's system prompt
 * @param maxSessions sessions kept in memory; the least recently used is forgotten beyond this
 */
public record ContainerConfig(Model model, Supplier<List<Tool>> tools, String systemPrompt, int maxSessions) {

    public static final String DEFAULT_SYSTEM_PROMPT =
            "You are a helpful assistant running on AgentCore4J. Use the tools when they help, "
            + "and answer in the language of the question.";

    public ContainerConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        if (maxSessions < 1) {
            throw new IllegalArgumentException("maxSessions must be >= 1, got " + maxSessions);
        }
    }

    /** The offline model with the seed's tools: runs with no credentials and no network. */
    public static ContainerConfig defaults() {
        return new ContainerConfig(new OfflineModel(), SeedTools::create, DEFAULT_SYSTEM_PROMPT, 1000);
    }

    /**
     * The defaults, with the tools' data directory from {@code AC4J_DATA_DIR} when set (tasks are
     * stored there; default {@code ~/.ac4j/data}).
     */
    public static ContainerConfig fromEnvironment(Map<String, String> env) {
        String dataDir = env.get("AC4J_DATA_DIR");
        if (dataDir == null || dataDir.isBlank()) {
            return defaults();
        }
        ToolsConfig tools = ToolsConfig.defaults().dataDir(Path.of(dataDir));
        return defaults().withTools(() -> SeedTools.create(tools));
    }

    public ContainerConfig withModel(Model model) {
        return new ContainerConfig(model, tools, systemPrompt, maxSessions);
    }

    public ContainerConfig withTools(Supplier<List<Tool>> tools) {
        return new ContainerConfig(model, tools, systemPrompt, maxSessions);
    }

    public ContainerConfig withMaxSessions(int maxSessions) {
        return new ContainerConfig(model, tools, systemPrompt, maxSessions);
    }
}
