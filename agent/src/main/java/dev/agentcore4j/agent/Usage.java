package dev.agentcore4j.agent;

/**
 * Token counts of one model call, or a sum of several.
 *
 * <pre>{@code Usage total = Usage.ZERO.add(first).add(second);}</pre>
 */
public record Usage(int inputTokens, int outputTokens, int totalTokens) {

    /** No tokens. */
    public static final Usage ZERO = new Usage(0, 0, 0);

    public Usage {
        if (inputTokens < 0 || outputTokens < 0 || totalTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    /** Usage whose total is input + output. */
    public static Usage of(int inputTokens, int outputTokens) {
        return new Usage(inputTokens, outputTokens, inputTokens + outputTokens);
    }

    /** Component-wise sum. */
    public Usage add(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                totalTokens + other.totalTokens);
    }
}
