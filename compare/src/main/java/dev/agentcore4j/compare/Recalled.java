package dev.agentcore4j.compare;

import java.util.Objects;

/**
 * A long-term memory record the agent recalled during a turn (a container with AgentCore Memory on
 * reports them in its answer's {@code memory.recalled}).
 *
 * @param text      what the record says
 * @param score     its relevance score for the turn
 * @param namespace where it was found
 */
public record Recalled(String text, double score, String namespace) {

    public Recalled {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(namespace, "namespace");
    }
}
