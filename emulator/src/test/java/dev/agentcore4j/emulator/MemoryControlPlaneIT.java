package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcore.model.Role;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ConflictException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateMemoryResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.Memory;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStrategy;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStrategyInput;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStrategyStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStrategyType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemorySummary;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.OverrideType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;

/** The Memory control plane through the official AWS SDK client: every operation and its errors. */
class MemoryControlPlaneIT {

    static MemoryFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new MemoryFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static MemoryStrategyInput semantic(String name) {
        return MemoryStrategyInput.builder().semanticMemoryStrategy(s -> s.name(name)).build();
    }

    @Test
    void built_in_strategies_get_ids_default_namespaces_and_become_active_with_the_memory() {
        CreateMemoryResponse created = fixture.twin.control.createMemory(b -> b.name("all_strategies")
                .eventExpiryDuration(90).memoryStrategies(
                        semantic("facts"),
                        MemoryStrategyInput.builder().userPreferenceMemoryStrategy(s -> s.name("likes")
                                .namespaces("/users/{actorId}/likes")).build(),
                        MemoryStrategyInput.builder().summaryMemoryStrategy(s -> s.name("recaps")).build(),
                        MemoryStrategyInput.builder().episodicMemoryStrategy(s -> s.name("episodes")
                                .reflectionConfiguration(r -> r.namespaces("/reflections/{actorId}"))).build()));
        assertThat(created.memory().strategies()).allSatisfy(s -> assertThat(s.status())
                .isEqualTo(MemoryStrategyStatus.CREATING));

        fixture.awaitStatus(created.memory().id(), MemoryStatus.ACTIVE);
        Memory memory = fixture.twin.control.getMemory(b -> b.memoryId(created.memory().id())).memory();

        assertThat(memory.strategies()).extracting(MemoryStrategy::name, MemoryStrategy::type, MemoryStrategy::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("facts", MemoryStrategyType.SEMANTIC, MemoryStrategyStatus.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple("likes", MemoryStrategyType.USER_PREFERENCE,
                                MemoryStrategyStatus.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple("recaps", MemoryStrategyType.SUMMARIZATION,
                                MemoryStrategyStatus.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple("episodes", MemoryStrategyType.EPISODIC,
                                MemoryStrategyStatus.ACTIVE));
        assertThat(memory.strategies().get(0).strategyId()).matches("facts-[a-zA-Z0-9]{10}");
        assertThat(memory.strategies().get(0).namespaces()).containsExactly("/strategies/{memoryStrategyId}/actors/{actorId}");
        assertThat(memory.strategies().get(1).namespaces()).containsExactly("/users/{actorId}/likes");
        assertThat(memory.strategies().get(2).namespaces())
                .containsExactly("/strategies/{memoryStrategyId}/actors/{actorId}/sessions/{sessionId}");
        assertThat(memory.strategies().get(3).configuration().reflection().episodicReflectionConfiguration()
                .namespaces()).containsExactly("/reflections/{actorId}");
    }

    @Test
    void a_custom_strategy_keeps_its_override_configuration() {
        String id = fixture.activeMemory(b -> b.name("custom_override")
                .memoryExecutionRoleArn("arn:aws:iam::123456789012:role/MemoryRole")
                .memoryStrategies(MemoryStrategyInput.builder().customMemoryStrategy(c -> c.name("tuned")
                        .configuration(k -> k.semanticOverride(o -> o.extraction(e -> e
                                .appendToPrompt("Only keep facts about travel.").modelId("anthropic.claude-3-haiku")))))
                        .build()));

        MemoryStrategy strategy = fixture.twin.control.getMemory(b -> b.memoryId(id)).memory().strategies().getFirst();

        assertThat(strategy.type()).isEqualTo(MemoryStrategyType.CUSTOM);
        assertThat(strategy.configuration().type()).isEqualTo(OverrideType.SEMANTIC_OVERRIDE);
        assertThat(strategy.configuration().extraction().customExtractionConfiguration().semanticExtractionOverride()
                .appendToPrompt()).isEqualTo("Only keep facts about travel.");
    }

    @Test
    void invalid_fields_are_reported_together_as_a_validation_exception_with_field_list() {
        assertThatThrownBy(() -> fixture.twin.control.createMemory(b -> b.name("bad-name").eventExpiryDuration(2)
                .memoryStrategies(MemoryStrategyInput.builder().semanticMemoryStrategy(s -> s.name("facts")
                        .namespaces("/users/{userId}")).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.reasonAsString()).isEqualTo("FieldValidationFailed");
                    assertThat(e.fieldList()).extracting(f -> f.name()).containsExactly("name",
                            "eventExpiryDuration", "memoryStrategies.1.member.semanticMemoryStrategy.namespaces.1.member");
                    assertThat(e.getMessage()).contains("3 validation errors detected",
                            "Member must satisfy regular expression pattern: ^[a-zA-Z][a-zA-Z0-9_]{0,47}$",
                            "Member must have value greater than or equal to 3");
                });
        assertThatThrownBy(() -> fixture.twin.control.createMemory(b -> b.name("no_expiry")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldList())
                        .extracting(f -> f.name()).containsExactly("eventExpiryDuration"));
        assertThatThrownBy(() -> fixture.twin.control.createMemory(b -> b.name("too_long").eventExpiryDuration(366)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("less than or equal to 365");
    }

    @Test
    void an_overridden_prompt_needs_an_execution_role_and_strategy_names_are_unique() {
        assertThatThrownBy(() -> fixture.twin.control.createMemory(b -> b.name("override_without_role")
                .eventExpiryDuration(30).memoryStrategies(MemoryStrategyInput.builder().customMemoryStrategy(c -> c
                        .name("tuned").configuration(k -> k.userPreferenceOverride(o -> o.extraction(e -> e
                                .appendToPrompt("Keep food only.").modelId("m"))))).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldList())
                        .extracting(f -> f.name()).containsExactly("memoryExecutionRoleArn"));
        assertThatThrownBy(() -> fixture.twin.control.createMemory(b -> b.name("twice").eventExpiryDuration(30)
                .memoryStrategies(semantic("same"), semantic("same"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'same' is used twice");
    }

    @Test
    void a_memory_holds_at_most_six_strategies() {
        assertThatThrownBy(() -> fixture.twin.control.createMemory(b -> b.name("seven_strategies")
                .eventExpiryDuration(30).memoryStrategies(semantic("s1"), semantic("s2"), semantic("s3"),
                        semantic("s4"), semantic("s5"), semantic("s6"), semantic("s7"))))
                .isInstanceOfSatisfying(ServiceQuotaExceededException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(402));
    }

    @Test
    void a_taken_name_is_a_conflict_and_a_repeated_client_token_returns_the_same_memory() {
        CreateMemoryResponse first = fixture.twin.control.createMemory(b -> b.name("idempotent_memory")
                .eventExpiryDuration(30).clientToken("token-0001"));
        CreateMemoryResponse again = fixture.twin.control.createMemory(b -> b.name("idempotent_memory")
                .eventExpiryDuration(30).clientToken("token-0001"));

        assertThat(again.memory().id()).isEqualTo(first.memory().id());
        assertThatThrownBy(() -> fixture.twin.control.createMemory(b -> b.name("idempotent_memory")
                .eventExpiryDuration(30).clientToken("token-0002")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThatThrownBy(() -> fixture.twin.control.createMemory(b -> b.name("idempotent_memory")
                .eventExpiryDuration(31).clientToken("token-0001")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.reasonAsString())
                        .isEqualTo("IdempotentParameterMismatchException"));
    }

    @Test
    void get_memory_of_an_unknown_id_is_not_found_and_of_a_malformed_id_is_invalid() {
        assertThatThrownBy(() -> fixture.twin.control.getMemory(b -> b.memoryId("nothing_here-0123456789")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> fixture.twin.control.getMemory(b -> b.memoryId("short")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldList())
                        .extracting(f -> f.name()).containsExactly("memoryId"));
    }

    @Test
    void list_memories_pages_through_every_memory() {
        fixture.activeMemory(b -> b.name("listed_one"));
        fixture.activeMemory(b -> b.name("listed_two"));

        var first = fixture.twin.control.listMemories(b -> b.maxResults(1));
        List<String> ids = new java.util.ArrayList<>(first.memories().stream().map(MemorySummary::id).toList());
        String token = first.nextToken();
        while (token != null) {
            String next = token;
            var page = fixture.twin.control.listMemories(b -> b.maxResults(1).nextToken(next));
            page.memories().forEach(m -> ids.add(m.id()));
            token = page.nextToken();
        }

        assertThat(first.memories()).hasSize(1);
        assertThat(ids).doesNotHaveDuplicates().anyMatch(id -> id.startsWith("listed_one-"))
                .anyMatch(id -> id.startsWith("listed_two-"));
        assertThatThrownBy(() -> fixture.twin.control.listMemories(b -> b.nextToken("not-a-token")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nextToken");
    }

    @Test
    void update_memory_adds_modifies_and_deletes_strategies_and_changes_settings() {
        String id = fixture.activeMemory(b -> b.name("updated_memory").memoryStrategies(semantic("facts"),
                MemoryStrategyInput.builder().summaryMemoryStrategy(s -> s.name("recaps")).build()));
        List<MemoryStrategy> before = fixture.twin.control.getMemory(b -> b.memoryId(id)).memory().strategies();
        String facts = before.get(0).strategyId();
        String recaps = before.get(1).strategyId();

        Memory updated = fixture.twin.control.updateMemory(b -> b.memoryId(id).description("now with likes")
                .eventExpiryDuration(7).memoryStrategies(m -> m
                        .addMemoryStrategies(MemoryStrategyInput.builder().userPreferenceMemoryStrategy(s -> s
                                .name("likes")).build())
                        .modifyMemoryStrategies(s -> s.memoryStrategyId(facts).namespaces("/facts/{actorId}"))
                        .deleteMemoryStrategies(d -> d.memoryStrategyId(recaps)))).memory();

        assertThat(updated.description()).isEqualTo("now with likes");
        assertThat(updated.eventExpiryDuration()).isEqualTo(7);
        assertThat(updated.strategies()).extracting(MemoryStrategy::name, MemoryStrategy::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("facts", MemoryStrategyStatus.ACTIVE),
                org.assertj.core.groups.Tuple.tuple("recaps", MemoryStrategyStatus.DELETING),
                org.assertj.core.groups.Tuple.tuple("likes", MemoryStrategyStatus.CREATING));
        MemoryFixture.await(() -> fixture.twin.control.getMemory(b -> b.memoryId(id)).memory().strategies().stream()
                .allMatch(s -> s.status() == MemoryStrategyStatus.ACTIVE), "strategies to settle");
        List<MemoryStrategy> after = fixture.twin.control.getMemory(b -> b.memoryId(id)).memory().strategies();
        assertThat(after).extracting(MemoryStrategy::name).containsExactly("facts", "likes");
        assertThat(after.getFirst().namespaces()).containsExactly("/facts/{actorId}");
    }

    @Test
    void update_memory_refuses_unknown_strategies_and_a_memory_that_is_not_active() {
        String id = fixture.activeMemory(b -> b.name("update_refusals"));
        assertThatThrownBy(() -> fixture.twin.control.updateMemory(b -> b.memoryId(id).memoryStrategies(m -> m
                .deleteMemoryStrategies(d -> d.memoryStrategyId("ghost-0123456789")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldList())
                        .extracting(f -> f.name())
                        .containsExactly("memoryStrategies.deleteMemoryStrategies.1.member.memoryStrategyId"));

        String creating = fixture.twin.control.createMemory(b -> b.name("still_creating").eventExpiryDuration(30))
                .memory().id();
        assertThatThrownBy(() -> fixture.twin.control.updateMemory(b -> b.memoryId(creating).description("x")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("CREATING");
    }

    @Test
    void a_deleted_memory_is_deleting_then_gone_with_its_events() {
        String id = fixture.activeMemory(b -> b.name("deleted_memory"));
        fixture.say(id, "alice", "s1", Role.USER, "soon gone");

        var deleted = fixture.twin.control.deleteMemory(b -> b.memoryId(id));

        assertThat(deleted.memoryId()).isEqualTo(id);
        assertThat(deleted.statusAsString()).isEqualTo("DELETING");
        assertThatThrownBy(() -> fixture.twin.data.listEvents(b -> b.memoryId(id).actorId("alice").sessionId("s1")))
                .isInstanceOf(software.amazon.awssdk.services.bedrockagentcore.model.ResourceNotFoundException.class);
        MemoryFixture.await(() -> {
            try {
                fixture.twin.control.getMemory(b -> b.memoryId(id));
                return false;
            } catch (ResourceNotFoundException gone) {
                return true;
            }
        }, "the memory to be gone");
        assertThatThrownBy(() -> fixture.twin.control.deleteMemory(b -> b.memoryId(id)))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
