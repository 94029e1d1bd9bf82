package dev.agentcore4j.compare;

import java.util.List;
import java.util.Objects;

/**
 * What one scenario run produced: the answer to its last turn, every tool call of every turn, the
 * tokens summed over the turns, and what memory recalled in its turns (empty without memory).
 */
public record Transcript(String answer, List<ToolCall> toolCalls, long tokensIn, long tokensOut, List<Recalled> recalled) {

    public Transcript {
        Objects.requireNonNull(answer, "answer");
        toolCalls = List.copyOf(toolCalls);
        recalled = List.copyOf(recalled);
    }

    /** A run without memory. */
    public Transcript(String answer, List<ToolCall> toolCalls, long tokensIn, long tokensOut) {
        this(answer, toolCalls, tokensIn, tokensOut, List.of());
    }
}
