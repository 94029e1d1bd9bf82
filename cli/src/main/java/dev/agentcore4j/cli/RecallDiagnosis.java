package dev.agentcore4j.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a retrieval came back empty — the most common complaint about AgentCore Memory — checked in
 * the order things go wrong: the memory is not ACTIVE; nothing was recorded for that actor (or
 * session); events exist but extraction has not produced records yet (too recent, a job pending or
 * failed, or nothing extractable said); records exist but under namespaces the agent does not search
 * (another actor, a namespace no strategy resolves to); the records did not score high enough.
 */
final class RecallDiagnosis {

    /**
     * What {@code memory inspect} found out, the input of the diagnosis.
     *
     * @param searched        the namespaces the agent searches for this actor, with their record counts
     * @param elsewhere       namespaces holding records that the agent does not search, with counts
     * @param knownActors     actors that have events in the memory
     * @param bestScore       the best score retrieval gave with no minimum (empty: nothing came back)
     */
    record Facts(String memoryStatus, String failureReason, String actorId, Optional<String> sessionId, int events,
                 Optional<Instant> newestEvent, List<String> knownActors, Map<String, Integer> searched,
                 Map<String, Integer> elsewhere, List<String> failedJobs, int pendingJobs, Optional<Double> bestScore,
                 double minScore, Instant now, Duration extractionDelay) {

        Facts {
            Objects.requireNonNull(memoryStatus, "memoryStatus");
            Objects.requireNonNull(failureReason, "failureReason");
            knownActors = List.copyOf(knownActors);
            searched = Map.copyOf(searched);
            elsewhere = Map.copyOf(elsewhere);
            failedJobs = List.copyOf(failedJobs);
        }
    }

    private RecallDiagnosis() {
    }

    /** The reasons, the likeliest first; never empty. */
    static List<String> explain(Facts f) {
        if (!f.memoryStatus().equals("ACTIVE")) {
            return List.of("the memory is " + f.memoryStatus() + (f.failureReason().isEmpty() ? "" : " (" + f.failureReason() + ")")
                    + ": events are kept and records extracted and searched only while it is ACTIVE"
                    + (f.memoryStatus().equals("CREATING") ? "; wait until GetMemory says ACTIVE" : ""));
        }
        String who = "actor " + f.actorId() + f.sessionId().map(s -> " in session " + s).orElse("");
        if (f.events() == 0) {
            List<String> others = f.knownActors().stream().filter(a -> !a.equals(f.actorId())).toList();
            return List.of("no events for " + who + ": nothing was recorded for them, so nothing can be extracted. "
                    + (others.isEmpty() ? "No actor has events yet: is memory on in the agent (AC4J_MEMORY_ID)?"
                            : "Actors with events: " + String.join(", ", others) + " — the agent's actor is the JWT's "
                            + "sub, else actorId/actor_id/userId in the payload, else default_actor; ask as that actor (--actor)."));
        }
        int searchedRecords = f.searched().values().stream().mapToInt(Integer::intValue).sum();
        List<String> out = new ArrayList<>();
        if (searchedRecords == 0) {
            Duration age = f.newestEvent().map(t -> Duration.between(t, f.now())).orElse(Duration.ZERO);
            if (age.compareTo(f.extractionDelay()) < 0 || f.pendingJobs() > 0) {
                out.add("extraction pending: " + f.events() + " events for " + who + ", the newest " + seconds(age)
                        + " old" + (f.pendingJobs() > 0 ? ", " + f.pendingJobs() + " extraction job(s) pending" : "")
                        + "; records appear once extraction has run (about " + seconds(f.extractionDelay())
                        + " after the last event); ask again shortly");
            }
            if (!f.failedJobs().isEmpty()) {
                out.add("extraction failed: " + String.join("; ", f.failedJobs()));
            }
            if (!f.elsewhere().isEmpty()) {
                out.add("records exist, but not where the agent searches for " + f.actorId() + ": "
                        + describe(f.elsewhere()) + "; the agent searches " + String.join(", ", f.searched().keySet())
                        + " (the strategies' namespaces with {actorId} = " + f.actorId()
                        + "). Another actor's records, or namespaces no strategy of this memory resolves to.");
            }
            if (out.isEmpty()) {
                out.add("no records at all for " + f.actorId() + ": " + f.events() + " events, the newest " + seconds(age)
                        + " old, but extraction produced nothing — the conversation may hold nothing the strategies "
                        + "extract (facts, preferences, summaries)");
            }
            return out;
        }
        if (f.bestScore().isPresent() && f.bestScore().get() < f.minScore()) {
            return List.of("min score too high: " + searchedRecords + " records where the agent searches, the best scored "
                    + String.format(Locale.ROOT, "%.2f", f.bestScore().get()) + " < " + f.minScore()
                    + "; lower AC4J_MEMORY_MIN_SCORE (--min-score here) or ask closer to the records' wording");
        }
        return List.of("no record matched the query: " + searchedRecords + " records where the agent searches ("
                + describe(f.searched()) + "), none relevant to it; see them with --actor " + f.actorId());
    }

    private static String describe(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }
}
