package dev.agentcore4j.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every run of a comparison, with the aggregates the reports show.
 *
 * @param engines   the target labels, in the order they were given
 * @param scenarios the suite that ran
 * @param runs      one record per scenario run
 */
public record ComparisonResult(String model, List<String> engines, List<Scenario> scenarios, int repeat,
                               List<RunRecord> runs) {

    /** The key of the all-categories row in {@link #summary()}. */
    public static final String ALL = "all";

    public ComparisonResult {
        Objects.requireNonNull(model, "model");
        engines = List.copyOf(engines);
        scenarios = List.copyOf(scenarios);
        runs = List.copyOf(runs);
    }

    /** Per engine label, per category wire name (in category order) plus {@value #ALL}. */
    public Map<String, Map<String, Stats>> summary() {
        Map<String, Map<String, Stats>> out = new LinkedHashMap<>();
        for (String engine : engines) {
            Map<String, Stats> byCategory = new LinkedHashMap<>();
            for (Category category : Category.values()) {
                List<RunRecord> some = runs.stream()
                        .filter(r -> r.engine().equals(engine) && r.category() == category).toList();
                if (!some.isEmpty()) {
                    byCategory.put(category.wire(), Stats.of(some));
                }
            }
            byCategory.put(ALL, Stats.of(runs(engine)));
            out.put(engine, byCategory);
        }
        return out;
    }

    /** The runs of one engine label. */
    public List<RunRecord> runs(String engine) {
        return runs.stream().filter(r -> r.engine().equals(engine)).toList();
    }

    /** The runs of one scenario on one engine label. */
    public List<RunRecord> runs(String engine, String scenario) {
        return runs.stream().filter(r -> r.engine().equals(engine) && r.scenario().equals(scenario)).toList();
    }

    public boolean allSucceeded() {
        return runs.stream().allMatch(RunRecord::success);
    }
}
