package dev.agentcore4j.compare;

import java.util.List;
import java.util.Objects;

/**
 * What one scenario run produced: the answer to its last turn, every tool call of every turn, and
 * the tokens summed over the turns.
 */
public record Transcript(String answer, List<ToolCall> toolCalls, long tokensIn, long tokensOut) {

    public Transcript {
        Objects.requireNonNull(answer, "answer");
        toolCalls = List.copyOf(toolCalls);
    }
}
