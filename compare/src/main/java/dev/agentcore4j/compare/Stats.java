package dev.agentcore4j.compare;

import java.util.List;

/**
 * Aggregates of some runs: how many, how many succeeded, latency p50/p95 and mean tokens per run.
 */
public record Stats(int runs, int successes, double latencyP50Ms, double latencyP95Ms, double tokensInMean,
                    double tokensOutMean) {

    static Stats of(List<RunRecord> runs) {
        List<Double> latencies = runs.stream().map(RunRecord::latencyMs).toList();
        return new Stats(runs.size(), (int) runs.stream().filter(RunRecord::success).count(),
                Percentiles.of(latencies, 50), Percentiles.of(latencies, 95),
                runs.stream().mapToLong(RunRecord::tokensIn).average().orElse(0),
                runs.stream().mapToLong(RunRecord::tokensOut).average().orElse(0));
    }

    /** Successes over runs, 0 to 1 (0 when there were no runs). */
    public double successRate() {
        return runs == 0 ? 0 : (double) successes / runs;
    }
}
