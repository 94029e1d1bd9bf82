package dev.agentcore4j.memory.extract;

import dev.agentcore4j.model.offline.ExtractionPrompt;

/**
 * The built-in strategy kinds of AgentCore Memory, each with the name it has in the
 * {@link ExtractionPrompt} protocol.
 */
public enum StrategyKind {
    /** Durable facts about the user and their world. */
    SEMANTIC(ExtractionPrompt.SEMANTIC),
    /** What the user likes, dislikes and prefers. */
    USER_PREFERENCE(ExtractionPrompt.USER_PREFERENCE),
    /** A short running summary of the conversation. */
    SUMMARY(ExtractionPrompt.SUMMARY),
    /** An episode: what the user wanted, what happened, and the outcome. */
    EPISODIC(ExtractionPrompt.EPISODIC);

    private final String protocolName;

    StrategyKind(String protocolName) {
        this.protocolName = protocolName;
    }

    /** The name on the prompt's {@code strategy:} line. */
    public String protocolName() {
        return protocolName;
    }
}
