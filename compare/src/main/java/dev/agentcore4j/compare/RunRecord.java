package dev.agentcore4j.compare;

import java.util.List;
import java.util.Objects;

/**
 * One run of one scenario on one target: what the JSON report holds per run.
 *
 * @param engine    the target's label ({@code strands}, {@code strands@container})
 * @param where     {@code in-process} or the container's base URL
 * @param run       1-based repetition number
 * @param latencyMs wall time of all the scenario's turns
 * @param failures  why it failed (empty when it succeeded); an error is one failure
 * @param recalled  what memory recalled in the run's turns (empty without memory)
 */
public record RunRecord(String engine, String where, String scenario, Category category, String language, int run,
                        boolean success, double latencyMs, long tokensIn, long tokensOut, List<ToolCall> toolCalls,
                        List<String> failures, List<Recalled> recalled) {

    public RunRecord {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(language, "language");
        toolCalls = List.copyOf(toolCalls);
        failures = List.copyOf(failures);
        recalled = List.copyOf(recalled);
    }

    /** A run without memory. */
    public RunRecord(String engine, String where, String scenario, Category category, String language, int run,
            boolean success, double latencyMs, long tokensIn, long tokensOut, List<ToolCall> toolCalls, List<String> failures) {
        this(engine, where, scenario, category, language, run, success, latencyMs, tokensIn, tokensOut, toolCalls, failures,
                List.of());
    }
}
