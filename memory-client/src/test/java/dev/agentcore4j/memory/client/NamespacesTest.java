package dev.agentcore4j.memory.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamespacesTest {

    private final ActorId alice = ActorId.of("alice");

    @Test
    void the_actor_and_the_strategy_are_filled_in() {
        assertThat(Namespaces.forActor("/users/{actorId}/facts", alice, "semantic-AbCdE12345")).isEqualTo("/users/alice/facts");
        assertThat(Namespaces.forActor("/strategies/{memoryStrategyId}/actors/{actorId}", alice, "pref-AbCdE12345"))
                .isEqualTo("/strategies/pref-AbCdE12345/actors/alice");
    }

    @Test
    void a_session_variable_makes_the_namespace_a_prefix_over_all_the_actors_sessions() {
        assertThat(Namespaces.forActor("/summaries/{actorId}/{sessionId}", alice, "s-1")).isEqualTo("/summaries/alice/");
        assertThat(Namespaces.forActor("{sessionId}", alice, "s-1")).isEqualTo("/");
    }

    @Test
    void targets_cover_every_live_strategy_namespace_once() {
        List<MemoryStrategy> strategies = List.of(
                new MemoryStrategy("facts-1", "SEMANTIC", "ACTIVE", List.of("/users/{actorId}/facts")),
                new MemoryStrategy("prefs-1", "USER_PREFERENCE", "ACTIVE", List.of("/users/{actorId}/preferences")),
                new MemoryStrategy("gone-1", "SUMMARIZATION", "DELETING", List.of("/summaries/{actorId}/{sessionId}")));
        assertThat(Recaller.targets(strategies, alice)).containsExactly(
                new Recaller.Target("/users/alice/facts", "facts-1"), new Recaller.Target("/users/alice/preferences", "prefs-1"));
    }
}
