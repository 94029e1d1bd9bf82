package dev.agentcore4j.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a scenario suite through targets and judges every run.
 *
 * <pre>{@code
 * ComparisonResult result = Comparison.run("offline", targets, Scenarios.bundled(), 5, Progress.none());
 * System.out.print(TableReport.render(result));
 * }</pre>
 *
 * Targets take turns per scenario (strands, langchain4j, strands, …) so that warm-up and machine
 * noise fall on every engine alike. A run that throws is a failed run, with the error as its reason.
 */
public final class Comparison {

    private static final System.Logger LOG = System.getLogger(Comparison.class.getName());

    private Comparison() {
    }

    public static ComparisonResult run(String model, List<Target> targets, List<Scenario> scenarios, int repeat,
            Progress progress) {
        if (repeat < 1) {
            throw new CompareException("--repeat must be at least 1, got " + repeat);
        }
        if (targets.isEmpty()) {
            throw new CompareException("no engines to compare; use --engines strands,langchain4j");
        }
        targets.forEach(Target::prepare);
        int total = repeat * scenarios.size() * targets.size();
        List<RunRecord> runs = new ArrayList<>(total);
        try {
            for (int run = 1; run <= repeat; run++) {
                for (Scenario scenario : scenarios) {
                    for (Target target : targets) {
                        runs.add(runOnce(target, scenario, run));
                        progress.update(runs.size(), total, target.label() + " " + scenario.id());
                    }
                }
            }
        } finally {
            progress.finish();
        }
        return new ComparisonResult(model, targets.stream().map(Target::label).toList(), scenarios, repeat, runs);
    }

    private static RunRecord runOnce(Target target, Scenario scenario, int run) {
        long start = System.nanoTime();
        Transcript transcript = new Transcript("", List.of(), 0, 0);
        List<String> failures;
        try {
            transcript = target.run(scenario);
            failures = List.of();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "engine={0} scenario={1} | run failed", target.label(), scenario.id(), e);
            failures = List.of("error: " + (e instanceof CompareException ? e.getMessage() : e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
        double latencyMs = (System.nanoTime() - start) / 1_000_000.0;
        if (failures.isEmpty()) {
            failures = scenario.judge(transcript);
        }
        return new RunRecord(target.label(), target.where(), scenario.id(), scenario.category(), scenario.language(),
                run, failures.isEmpty(), latencyMs, transcript.tokensIn(), transcript.tokensOut(),
                transcript.toolCalls(), failures, transcript.recalled());
    }
}
