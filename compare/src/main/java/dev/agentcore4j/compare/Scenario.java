package dev.agentcore4j.compare;

import java.util.List;
import java.util.Objects;

/**
 * One conversation of the suite: its user turns run in one session, in order, and the checks judge
 * the run.
 *
 * @param id       unique, e.g. {@code memory-name-ja}
 * @param language {@code en} or {@code ja}
 * @param turns    the user prompts; memory scenarios have several
 * @param checks   all must pass for the run to succeed
 */
public record Scenario(String id, Category category, String language, List<String> turns, List<Check> checks) {

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(language, "language");
        turns = List.copyOf(turns);
        checks = List.copyOf(checks);
        if (turns.isEmpty()) {
            throw new CompareException("scenario " + id + " has no turns");
        }
        if (checks.isEmpty()) {
            throw new CompareException("scenario " + id + " has no checks: a run must be judged by something");
        }
    }

    /** The reasons the run failed; empty when every check passed. */
    public List<String> judge(Transcript transcript) {
        return checks.stream().flatMap(check -> check.failure(transcript).stream()).toList();
    }
}
