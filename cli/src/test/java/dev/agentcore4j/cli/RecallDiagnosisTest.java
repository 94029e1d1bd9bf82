package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecallDiagnosisTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    /** An ACTIVE memory where alice has 4 events from 10 minutes ago and one fact record: recall should work. */
    private static RecallDiagnosis.Facts healthy() {
        return new RecallDiagnosis.Facts("ACTIVE", "", "alice", Optional.empty(), 4, Optional.of(NOW.minusSeconds(600)),
                List.of("alice"), Map.of("/users/alice/facts", 1, "/users/alice/preferences", 0), Map.of(), List.of(), 0,
                Optional.of(0.62), 0.2, NOW, Duration.ofSeconds(60));
    }

    private static RecallDiagnosis.Facts with(String status, int events, Optional<Instant> newest, List<String> actors,
            Map<String, Integer> searched, Map<String, Integer> elsewhere, List<String> failed, Optional<Double> best, double min) {
        RecallDiagnosis.Facts h = healthy();
        return new RecallDiagnosis.Facts(status, status.equals("FAILED") ? "strategy model unavailable" : "", h.actorId(),
                h.sessionId(), events, newest, actors, searched, elsewhere, failed, 0, best, min, NOW, h.extractionDelay());
    }

    @Test
    void a_memory_that_is_not_active_is_the_first_thing_said() {
        RecallDiagnosis.Facts creating = with("CREATING", 0, Optional.empty(), List.of(), Map.of(), Map.of(), List.of(),
                Optional.empty(), 0.2);
        assertThat(RecallDiagnosis.explain(creating)).singleElement().asString()
                .startsWith("the memory is CREATING").contains("wait until GetMemory says ACTIVE");
        RecallDiagnosis.Facts failed = with("FAILED", 4, Optional.empty(), List.of(), Map.of(), Map.of(), List.of(),
                Optional.empty(), 0.2);
        assertThat(RecallDiagnosis.explain(failed)).singleElement().asString()
                .startsWith("the memory is FAILED (strategy model unavailable)");
    }

    @Test
    void no_events_for_the_actor_names_the_actors_that_have_some() {
        RecallDiagnosis.Facts f = with("ACTIVE", 0, Optional.empty(), List.of("default_actor", "bob"), Map.of("/users/alice/facts", 0),
                Map.of(), List.of(), Optional.empty(), 0.2);
        assertThat(RecallDiagnosis.explain(f)).singleElement().asString()
                .startsWith("no events for actor alice").contains("default_actor, bob").contains("--actor");
    }

    @Test
    void no_events_anywhere_asks_whether_memory_is_on_in_the_agent() {
        RecallDiagnosis.Facts f = with("ACTIVE", 0, Optional.empty(), List.of(), Map.of("/users/alice/facts", 0), Map.of(),
                List.of(), Optional.empty(), 0.2);
        assertThat(RecallDiagnosis.explain(f)).singleElement().asString().contains("AC4J_MEMORY_ID");
    }

    @Test
    void fresh_events_without_records_mean_extraction_is_pending() {
        RecallDiagnosis.Facts f = with("ACTIVE", 2, Optional.of(NOW.minusSeconds(5)), List.of("alice"),
                Map.of("/users/alice/facts", 0), Map.of(), List.of(), Optional.empty(), 0.2);
        assertThat(RecallDiagnosis.explain(f)).singleElement().asString()
                .startsWith("extraction pending").contains("the newest 5 s old").contains("ask again shortly");
    }

    @Test
    void old_events_without_any_records_mean_extraction_produced_nothing() {
        RecallDiagnosis.Facts f = with("ACTIVE", 2, Optional.of(NOW.minusSeconds(3600)), List.of("alice"),
                Map.of("/users/alice/facts", 0), Map.of(), List.of(), Optional.empty(), 0.2);
        assertThat(RecallDiagnosis.explain(f)).singleElement().asString().startsWith("no records at all for alice");
    }

    @Test
    void a_failed_extraction_job_is_reported_with_its_reason() {
        RecallDiagnosis.Facts f = with("ACTIVE", 2, Optional.of(NOW.minusSeconds(3600)), List.of("alice"),
                Map.of("/users/alice/facts", 0), Map.of(), List.of("job j-1 (facts-1): model throttled"), Optional.empty(), 0.2);
        assertThat(RecallDiagnosis.explain(f)).singleElement().asString()
                .isEqualTo("extraction failed: job j-1 (facts-1): model throttled");
    }

    @Test
    void records_under_another_actor_or_namespace_are_shown_with_where_the_agent_searches() {
        RecallDiagnosis.Facts f = with("ACTIVE", 2, Optional.of(NOW.minusSeconds(3600)), List.of("alice", "bob"),
                Map.of("/users/alice/facts", 0), Map.of("/users/bob/facts", 3, "/custom/notes", 1), List.of(), Optional.empty(), 0.2);
        assertThat(RecallDiagnosis.explain(f)).singleElement().asString()
                .startsWith("records exist, but not where the agent searches for alice")
                .contains("/custom/notes (1), /users/bob/facts (3)").contains("the agent searches /users/alice/facts");
    }

    @Test
    void records_that_score_below_the_minimum_say_so_with_the_best_score() {
        RecallDiagnosis.Facts f = with("ACTIVE", 4, Optional.of(NOW.minusSeconds(600)), List.of("alice"),
                Map.of("/users/alice/facts", 2), Map.of(), List.of(), Optional.of(0.12), 0.3);
        assertThat(RecallDiagnosis.explain(f)).singleElement().asString()
                .startsWith("min score too high").contains("0.12 < 0.3").contains("AC4J_MEMORY_MIN_SCORE");
    }

    @Test
    void records_that_nothing_matched_say_so() {
        RecallDiagnosis.Facts f = with("ACTIVE", 4, Optional.of(NOW.minusSeconds(600)), List.of("alice"),
                Map.of("/users/alice/facts", 2), Map.of(), List.of(), Optional.empty(), 0.2);
        assertThat(RecallDiagnosis.explain(f)).singleElement().asString().startsWith("no record matched the query");
    }
}
