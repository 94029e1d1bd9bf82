package dev.agentcore4j.container;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.engine.langchain4j.LangChain4jEngine;
import java.util.List;
import java.util.Objects;

/**
 * Builds an agent on the chosen engine. Both engines get the same model, tools and system prompt,
 * the same round limit (10) and the same conversation window (40 messages), so that only the engine
 * differs when they are compared.
 *
 * <pre>{@code
 * Agent agent = Engines.create(Engine.LANGCHAIN4J, new OfflineModel(), SeedTools.create(),
 *         ContainerConfig.DEFAULT_SYSTEM_PROMPT);
 * }</pre>
 */
public final class Engines {

    private Engines() {
    }

    /** A fresh agent (an empty conversation) on {@code engine}. */
    public static Agent create(Engine engine, Model model, List<? extends Tool> tools, String systemPrompt) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        List<Tool> shared = List.copyOf(tools);
        return switch (engine) {
            case STRANDS -> Agent.builder().model(model).systemPrompt(systemPrompt).tools(shared).build();
            case LANGCHAIN4J -> LangChain4jEngine.agent(model, shared, systemPrompt);
        };
    }
}
