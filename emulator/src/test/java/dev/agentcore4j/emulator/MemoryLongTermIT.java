package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.bedrockagentcore.model.BatchCreateMemoryRecordsResponse;
import software.amazon.awssdk.services.bedrockagentcore.model.MemoryRecordCreateInput;
import software.amazon.awssdk.services.bedrockagentcore.model.MemoryRecordStatus;
import software.amazon.awssdk.services.bedrockagentcore.model.MemoryRecordSummary;
import software.amazon.awssdk.services.bedrockagentcore.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcore.model.Role;
import software.amazon.awssdk.services.bedrockagentcore.model.ValidationException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStrategy;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStrategyInput;

/**
 * Long-term memory through the official AWS SDK clients: extraction after events arrive (the
 * offline model), retrieval ranked by similarity, records and their batch operations, on the
 * embedded store; {@link MemoryLongTermPostgresIT} runs the same on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoryLongTermIT {

    MemoryFixture fixture;
    String memoryId;
    String factsId;
    String likesId;
    String recapsId;

    boolean onPostgres() {
        return false;
    }

    @BeforeAll
    void start() {
        fixture = new MemoryFixture(b -> b, onPostgres());
        memoryId = fixture.activeMemory(b -> b.name("long_term").memoryStrategies(
                MemoryStrategyInput.builder().semanticMemoryStrategy(s -> s.name("facts")).build(),
                MemoryStrategyInput.builder().userPreferenceMemoryStrategy(s -> s.name("likes")
                        .namespaces("/users/{actorId}/preferences")).build(),
                MemoryStrategyInput.builder().summaryMemoryStrategy(s -> s.name("recaps")
                        .namespaces("/summaries/{actorId}/{sessionId}")).build()));
        List<MemoryStrategy> strategies = fixture.twin.control.getMemory(b -> b.memoryId(memoryId)).memory()
                .strategies();
        factsId = strategies.get(0).strategyId();
        likesId = strategies.get(1).strategyId();
        recapsId = strategies.get(2).strategyId();
        fixture.say(memoryId, "taro", "s1", Role.USER, "My name is Taro and I love green tea");
        fixture.say(memoryId, "taro", "s1", Role.ASSISTANT, "Nice to meet you, Taro!");
        fixture.say(memoryId, "hanako", "s2", Role.USER, "My name is Hanako and I love strong coffee");
        awaitRecords("/users/taro/preferences", 1);
        awaitRecords("/users/hanako/preferences", 1);
        awaitRecords("/strategies/" + factsId + "/actors/taro", 1);
        awaitRecords("/summaries/taro/s1", 1);
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private List<MemoryRecordSummary> list(String namespace) {
        return fixture.twin.data.listMemoryRecords(b -> b.memoryId(memoryId).namespace(namespace))
                .memoryRecordSummaries();
    }

    private void awaitRecords(String namespace, int atLeast) {
        MemoryFixture.await(() -> list(namespace).size() >= atLeast, atLeast + " records in " + namespace);
    }

    private List<MemoryRecordSummary> retrieve(String namespace, String query, int topK) {
        return fixture.twin.data.retrieveMemoryRecords(b -> b.memoryId(memoryId).namespace(namespace)
                .searchCriteria(c -> c.searchQuery(query).topK(topK))).memoryRecordSummaries();
    }

    @Test
    void each_strategy_extracts_into_its_namespace_for_the_actor_and_session() {
        assertThat(list("/users/taro/preferences")).extracting(r -> r.content().text())
                .containsExactly("The user loves green tea.");
        assertThat(list("/strategies/" + factsId + "/actors/taro")).extracting(r -> r.content().text())
                .containsExactly("The user's name is Taro.");
        assertThat(list("/summaries/taro/s1")).singleElement().satisfies(r -> {
            assertThat(r.memoryStrategyId()).isEqualTo(recapsId);
            assertThat(r.content().text()).startsWith("Conversation of 2 messages");
        });
        MemoryRecordSummary like = list("/users/taro/preferences").getFirst();
        assertThat(like.memoryRecordId()).matches("mem-[a-zA-Z0-9-_]{36,46}");
        assertThat(like.memoryStrategyId()).isEqualTo(likesId);
        assertThat(like.namespaces()).containsExactly("/users/taro/preferences");
    }

    @Test
    void retrieval_ranks_by_similarity_with_scores_within_the_namespace() {
        List<MemoryRecordSummary> hits = retrieve("/users/taro", "What does the user like to drink?", 10);

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().content().text()).isEqualTo("The user loves green tea.");
        assertThat(hits).allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0));
        assertThat(hits).isSortedAccordingTo(Comparator.comparing(MemoryRecordSummary::score).reversed());
        assertThat(hits).allSatisfy(h -> assertThat(h.namespaces().getFirst()).startsWith("/users/taro"));
        assertThat(hits).noneMatch(h -> h.content().text().contains("coffee"));
    }

    @Test
    void retrieval_keeps_to_the_actor_named_by_the_namespace() {
        assertThat(retrieve("/users/hanako", "What does the user like to drink?", 10))
                .extracting(r -> r.content().text()).containsExactly("The user loves strong coffee.");
        assertThat(retrieve("/strategies/" + factsId + "/actors/", "What is the user's name?", 10))
                .extracting(r -> r.content().text())
                .containsExactlyInAnyOrder("The user's name is Taro.", "The user's name is Hanako.");
        assertThat(retrieve("/strategies/*/actors/taro", "What is the user's name?", 10))
                .extracting(r -> r.content().text()).containsExactly("The user's name is Taro.");
    }

    @Test
    void top_k_and_strategy_filter_narrow_the_results() {
        assertThat(retrieve("/", "green tea", 1)).hasSize(1);
        List<MemoryRecordSummary> likes = fixture.twin.data.retrieveMemoryRecords(b -> b.memoryId(memoryId)
                .namespace("/").searchCriteria(c -> c.searchQuery("the user").memoryStrategyId(likesId)))
                .memoryRecordSummaries();
        assertThat(likes).isNotEmpty().allSatisfy(r -> assertThat(r.memoryStrategyId()).isEqualTo(likesId));
    }

    @Test
    void retrieval_pages_its_top_k_by_max_results() {
        var first = fixture.twin.data.retrieveMemoryRecords(b -> b.memoryId(memoryId).namespace("/")
                .maxResults(1).searchCriteria(c -> c.searchQuery("the user").topK(3)));
        var second = fixture.twin.data.retrieveMemoryRecords(b -> b.memoryId(memoryId).namespace("/")
                .maxResults(1).nextToken(first.nextToken()).searchCriteria(c -> c.searchQuery("the user").topK(3)));
        assertThat(first.memoryRecordSummaries()).hasSize(1);
        assertThat(second.memoryRecordSummaries()).hasSize(1);
        assertThat(second.memoryRecordSummaries().getFirst().score())
                .isLessThanOrEqualTo(first.memoryRecordSummaries().getFirst().score());
    }

    @Test
    void a_record_can_be_read_and_deleted_and_then_is_not_retrieved() {
        BatchCreateMemoryRecordsResponse created = fixture.twin.data.batchCreateMemoryRecords(b -> b
                .memoryId(memoryId).records(MemoryRecordCreateInput.builder().requestIdentifier("r1")
                        .namespaces("/notes/taro").content(c -> c.text("The user parks in bay seven."))
                        .timestamp(Instant.now()).build()));
        String id = created.successfulRecords().getFirst().memoryRecordId();

        var record = fixture.twin.data.getMemoryRecord(b -> b.memoryId(memoryId).memoryRecordId(id)).memoryRecord();
        assertThat(record.content().text()).isEqualTo("The user parks in bay seven.");
        assertThat(record.namespaces()).containsExactly("/notes/taro");
        assertThat(retrieve("/notes/taro", "Where does the user park?", 5)).extracting(r -> r.memoryRecordId())
                .containsExactly(id);

        assertThat(fixture.twin.data.deleteMemoryRecord(b -> b.memoryId(memoryId).memoryRecordId(id))
                .memoryRecordId()).isEqualTo(id);
        assertThat(retrieve("/notes/taro", "Where does the user park?", 5)).isEmpty();
        assertThatThrownBy(() -> fixture.twin.data.getMemoryRecord(b -> b.memoryId(memoryId).memoryRecordId(id)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> fixture.twin.data.deleteMemoryRecord(b -> b.memoryId(memoryId).memoryRecordId(id)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void batch_operations_report_each_record_as_succeeded_or_failed() {
        Instant at = Instant.parse("2025-12-01T08:00:00Z");
        List<MemoryRecordCreateInput> records = List.of(
                MemoryRecordCreateInput.builder().requestIdentifier("ok").namespaces("/batch/taro")
                        .content(c -> c.text("The user cycles to work.")).timestamp(at).memoryStrategyId(factsId).build(),
                MemoryRecordCreateInput.builder().requestIdentifier("bad").namespaces("/batch/taro")
                        .content(c -> c.text("Unknown strategy.")).timestamp(at).memoryStrategyId("ghost-0123456789")
                        .build());
        BatchCreateMemoryRecordsResponse created = fixture.twin.data.batchCreateMemoryRecords(b -> b
                .memoryId(memoryId).clientToken("batch-token-1").records(records));
        assertThat(created.successfulRecords()).singleElement().satisfies(r -> {
            assertThat(r.requestIdentifier()).isEqualTo("ok");
            assertThat(r.status()).isEqualTo(MemoryRecordStatus.SUCCEEDED);
        });
        assertThat(created.failedRecords()).singleElement().satisfies(r -> {
            assertThat(r.requestIdentifier()).isEqualTo("bad");
            assertThat(r.status()).isEqualTo(MemoryRecordStatus.FAILED);
            assertThat(r.errorCode()).isEqualTo(404);
        });
        String id = created.successfulRecords().getFirst().memoryRecordId();
        assertThat(fixture.twin.data.batchCreateMemoryRecords(b -> b.memoryId(memoryId).clientToken("batch-token-1")
                .records(records)).successfulRecords()).extracting(r -> r.memoryRecordId()).containsExactly(id);
        assertThat(list("/batch/taro")).hasSize(1);

        var updated = fixture.twin.data.batchUpdateMemoryRecords(b -> b.memoryId(memoryId).records(
                u -> u.memoryRecordId(id).timestamp(Instant.now()).content(c -> c.text("The user drives to work.")),
                u -> u.memoryRecordId("mem-00000000-0000-0000-0000-000000000000").timestamp(Instant.now())));
        assertThat(updated.successfulRecords()).extracting(r -> r.memoryRecordId()).containsExactly(id);
        assertThat(updated.failedRecords()).extracting(r -> r.errorCode()).containsExactly(404);
        assertThat(retrieve("/batch/taro", "How does the user commute?", 1)).singleElement()
                .satisfies(r -> assertThat(r.content().text()).isEqualTo("The user drives to work."));

        var deleted = fixture.twin.data.batchDeleteMemoryRecords(b -> b.memoryId(memoryId).records(
                d -> d.memoryRecordId(id), d -> d.memoryRecordId("mem-00000000-0000-0000-0000-000000000000")));
        assertThat(deleted.successfulRecords()).extracting(r -> r.memoryRecordId()).containsExactly(id);
        assertThat(deleted.failedRecords()).extracting(r -> r.errorCode()).containsExactly(404);
        assertThat(list("/batch/taro")).isEmpty();
    }

    @Test
    void malformed_record_requests_are_refused_with_the_offending_fields() {
        assertThatThrownBy(() -> fixture.twin.data.retrieveMemoryRecords(b -> b.memoryId(memoryId).namespace("/x")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldList())
                        .extracting(f -> f.name()).containsExactly("searchCriteria"));
        assertThatThrownBy(() -> fixture.twin.data.retrieveMemoryRecords(b -> b.memoryId(memoryId).namespace("/x y")
                .searchCriteria(c -> c.searchQuery("q").topK(101))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldList())
                        .extracting(f -> f.name()).containsExactly("namespace", "searchCriteria.topK"));
        assertThatThrownBy(() -> fixture.twin.data.getMemoryRecord(b -> b.memoryId(memoryId).memoryRecordId("nope")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldList())
                        .extracting(f -> f.name()).containsExactly("memoryRecordId"));
        assertThatThrownBy(() -> fixture.twin.data.batchCreateMemoryRecords(b -> b.memoryId(memoryId).records(
                MemoryRecordCreateInput.builder().requestIdentifier("no namespace").timestamp(Instant.now())
                        .content(c -> c.text("x")).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldList())
                        .extracting(f -> f.name()).containsExactly("records.1.member.requestIdentifier",
                                "records.1.member.namespaces"));
    }
}
