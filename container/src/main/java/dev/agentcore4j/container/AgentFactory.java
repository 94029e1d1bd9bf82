package dev.agentcore4j.container;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Tool;
import java.util.List;

/**
 * Makes a session's agent: a fresh conversation on the chosen engine, with the container's model,
 * tools and system prompt. {@link Engines#factory} builds the usual ones.
 */
@FunctionalInterface
public interface AgentFactory {

    Agent create(Engine engine, List<? extends Tool> tools, String systemPrompt);
}
