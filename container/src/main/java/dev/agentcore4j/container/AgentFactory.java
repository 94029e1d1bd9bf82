package dev.agentcore4j.container;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Tool;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes a session's agent on the chosen engine, with the container's model, tools and system prompt.
 * {@link Engines#factory} builds the usual ones.
 */
@FunctionalInterface
public interface AgentFactory {

    /**
     * An agent that continues {@code history} (a conversation restored from memory; empty for a new
     * one) and reads {@code systemPrompt} before every model call (it grows a section of recalled
     * memory when there is one).
     */
    Agent create(Engine engine, List<? extends Tool> tools, Supplier<String> systemPrompt, List<Message> history);

    /** A fresh conversation with a fixed system prompt. */
    default Agent create(Engine engine, List<? extends Tool> tools, String systemPrompt) {
        return create(engine, tools, () -> systemPrompt, List.of());
    }
}
