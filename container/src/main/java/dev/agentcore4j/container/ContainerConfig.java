package dev.agentcore4j.container;

import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.memory.client.AgentMemory;
import dev.agentcore4j.model.offline.OfflineModel;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 * @param engine the engine sessions run on unless a request names another (env {@code AC4J_ENGINE})
 * @param agents makes each session's agent; by default every engine shares {@code model}
 * @param memory where sessions are restored from, turns recorded and records recalled (env
 *     {@code AC4J_MEMORY_ID}); {@link AgentMemory#off()} by default
 * @param modelName the {@link Models} name of {@code model} ({@code AC4J_MODEL}; {@code custom} for a
 *     model set in code): a request choosing this name gets {@code agents}
 * @param providers the other models a request may choose per session ({@code "model"} in a payload),
 *     built on first use from the environment; only {@code offline} by default
 */
public record ContainerConfig(Model model, Supplier<List<Tool>> tools, String systemPrompt, int maxSessions,
                              Engine engine, AgentFactory agents, AgentMemory memory, String modelName,
                              ModelProviders providers) {

    /** The {@link #modelName()} of a model set with {@link #withModel(Model)}. */
    public static final String CUSTOM_MODEL = "custom";

    public static final String DEFAULT_SYSTEM_PROMPT =
            "You are a helpful assistant running on AgentCore4J. Use the tools when they help, "
            + "and answer in the language of the question.";

    public ContainerConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(providers, "providers");
        if (maxSessions < 1) {
            throw new IllegalArgumentException("maxSessions must be >= 1, got " + maxSessions);
        }
    }

    /** The offline model with the seed's tools: runs with no credentials and no network. */
    public static ContainerConfig defaults() {
        OfflineModel model = new OfflineModel();
        return new ContainerConfig(model, SeedTools::create, DEFAULT_SYSTEM_PROMPT, 1000, Engine.STRANDS,
                Engines.factory(model), AgentMemory.off(), Models.DEFAULT, ModelProviders.offlineOnly());
    }

    /**
     * The defaults, with the tools' data directory from {@code AC4J_DATA_DIR} when set (tasks are
     * stored there; default {@code ~/.ac4j/data}), the engine from {@code AC4J_ENGINE}
     * ({@code strands} or {@code langchain4j}; default strands) and the model from {@code AC4J_MODEL}
     * ({@code offline}, {@code bedrock}, {@code openai} or {@code anthropic}, configured by that
     * provider's own variables; default offline; see {@link Models}), the providers a request may
     * choose per session (the same variables; built only when first asked for), and AgentCore Memory from
     * {@code AC4J_MEMORY_ID} and its companions (off when unset; see docs/memory-agent.md).
     *
     * @throws IllegalArgumentException if {@code AC4J_ENGINE} names no engine, {@code AC4J_MODEL}
     *                                  no model, the chosen provider's configuration is incomplete,
     *                                  or a memory variable is malformed
     */
    public static ContainerConfig fromEnvironment(Map<String, String> env) {
        ContainerConfig config = defaults().withProviders(ModelProviders.fromEnvironment(env));
        String model = env.get("AC4J_MODEL");
        if (model != null && !model.isBlank()) {
            try {
                AgentFactory agents = Engines.factory(model, env);
                config = config.withModel(model.strip().toLowerCase(Locale.ROOT), Models.create(model, env), agents);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("AC4J_MODEL=" + model.strip() + ": " + e.getMessage(), e);
            }
        }
        String engine = env.get("AC4J_ENGINE");
        if (engine != null && !engine.isBlank()) {
            try {
                config = config.withEngine(Engine.parse(engine));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("AC4J_ENGINE: " + e.getMessage(), e);
            }
        }
        String memoryId = env.get("AC4J_MEMORY_ID");
        if (memoryId != null && !memoryId.isBlank()) {
            // Only then are the memory client's classes loaded: memory off costs the start-up nothing.
            config = config.withMemory(AgentMemory.fromEnvironment(env));
        }
        String dataDir = env.get("AC4J_DATA_DIR");
        if (dataDir == null || dataDir.isBlank()) {
            return config;
        }
        ToolsConfig tools = ToolsConfig.defaults().dataDir(Path.of(dataDir));
        return config.withTools(() -> SeedTools.create(tools));
    }

    /** Another model for every engine (the agent factory follows it), named {@link #CUSTOM_MODEL}. */
    public ContainerConfig withModel(Model model) {
        return withModel(CUSTOM_MODEL, model, Engines.factory(model));
    }

    /** The model called {@code name} in the {@link Models} registry, with the agents made on it. */
    public ContainerConfig withModel(String name, Model model, AgentFactory agents) {
        return new ContainerConfig(model, tools, systemPrompt, maxSessions, engine, agents, memory, name, providers);
    }

    public ContainerConfig withProviders(ModelProviders providers) {
        return new ContainerConfig(model, tools, systemPrompt, maxSessions, engine, agents, memory, modelName, providers);
    }

    public ContainerConfig withAgents(AgentFactory agents) {
        return new ContainerConfig(model, tools, systemPrompt, maxSessions, engine, agents, memory, modelName, providers);
    }

    public ContainerConfig withTools(Supplier<List<Tool>> tools) {
        return new ContainerConfig(model, tools, systemPrompt, maxSessions, engine, agents, memory, modelName, providers);
    }

    public ContainerConfig withMaxSessions(int maxSessions) {
        return new ContainerConfig(model, tools, systemPrompt, maxSessions, engine, agents, memory, modelName, providers);
    }

    public ContainerConfig withEngine(Engine engine) {
        return new ContainerConfig(model, tools, systemPrompt, maxSessions, engine, agents, memory, modelName, providers);
    }

    public ContainerConfig withMemory(AgentMemory memory) {
        return new ContainerConfig(model, tools, systemPrompt, maxSessions, engine, agents, memory, modelName, providers);
    }
}
