package dev.agentcore4j.memory.client;

import java.util.Objects;

/**
 * A long-term memory record recalled for a turn.
 *
 * @param recordId   the record's id ({@code mem-…})
 * @param text       what the record says, e.g. "The user's name is Alice."
 * @param score      the service's relevance score for the turn's query (higher is more relevant)
 * @param namespace  the namespace it was found in
 * @param strategyId the strategy that extracted it ("" when the service did not say)
 */
public record RecalledRecord(String recordId, String text, double score, String namespace, String strategyId) {

    public RecalledRecord {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(strategyId, "strategyId");
    }
}
