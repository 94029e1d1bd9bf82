package dev.agentcore4j.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MemoryStore} must do, run against each database ({@link EmbeddedStoreTest},
 * {@link PostgresStoreTest}): the same statements, the same answers.
 */
abstract class StoreContract {

    static final Instant T0 = Instant.parse("2025-12-01T10:00:00Z");

    MemoryStore store;

    /** A fresh, empty store (a new file, or a new schema). */
    abstract MemoryStore open();

    /** The same database again, as after a restart. */
    abstract MemoryStore reopen();

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void a_memory_is_found_by_id_name_and_client_token_and_keeps_its_strategies() {
        Memory memory = StoreFixtures.memory("alpha", Optional.of("token-1"));
        store.putMemory(memory);

        assertThat(store.memory(memory.id())).contains(memory);
        assertThat(store.memoryByName("alpha")).contains(memory);
        assertThat(store.memoryByClientToken("token-1")).contains(memory);
        assertThat(store.memoryByClientToken("other")).isEmpty();
        assertThat(store.memories()).containsExactly(memory);
    }

    @Test
    void putting_a_memory_again_replaces_it() {
        Memory memory = StoreFixtures.memory("beta", Optional.empty());
        store.putMemory(memory);
        Memory active = memory.withStatus(Status.ACTIVE, T0.plusSeconds(5), Optional.empty());
        store.putMemory(active);

        assertThat(store.memory(memory.id())).contains(active);
        assertThat(store.memories()).hasSize(1);
    }

    @Test
    void events_are_listed_newest_first_and_paged() {
        String m = "mem-a-0123456789";
        for (int i = 0; i < 5; i++) {
            store.insertEvent(StoreFixtures.event(m, "alice", "s1", i + 1, T0.plusSeconds(i)), Optional.empty(), 0);
        }
        store.insertEvent(StoreFixtures.event(m, "alice", "s2", 6, T0), Optional.empty(), 0);

        assertThat(store.events(m, "alice", "s1", Instant.EPOCH, -1, 0)).extracting(Event::seq)
                .containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(store.events(m, "alice", "s1", Instant.EPOCH, 2, 2)).extracting(Event::seq)
                .containsExactly(3L, 2L);
        assertThat(store.eventsAfter(m, "alice", "s1", 3)).extracting(Event::seq).containsExactly(4L, 5L);
        assertThat(store.eventsBefore(m, "alice", "s1", Instant.EPOCH,
                new Paging.Key(T0.plusSeconds(3).toEpochMilli(), 4), 10)).extracting(Event::seq)
                .containsExactly(3L, 2L, 1L);
        assertThat(store.lastSeq()).isEqualTo(6);
    }

    @Test
    void events_with_the_same_timestamp_page_by_arrival() {
        String m = "mem-a-0123456789";
        for (int i = 1; i <= 4; i++) {
            store.insertEvent(StoreFixtures.event(m, "alice", "s1", i, T0), Optional.empty(), 0);
        }
        assertThat(store.eventsBefore(m, "alice", "s1", Instant.EPOCH, new Paging.Key(T0.toEpochMilli(), 3), 1))
                .extracting(Event::seq).containsExactly(2L);
    }

    @Test
    void an_event_keeps_everything_it_was_stored_with() {
        Event event = StoreFixtures.event("mem-a-0123456789", "user:42/x", "s1", 7, T0);
        store.insertEvent(event, Optional.empty(), 0);

        Event back = store.event(event.memoryId(), event.eventId()).orElseThrow();
        assertThat(back).usingRecursiveComparison().isEqualTo(event);
        assertThat(store.eventByClientToken(event.memoryId(), event.clientToken().orElseThrow())).contains(back);
    }

    @Test
    void expired_events_are_hidden_then_deleted() {
        String m = "mem-a-0123456789";
        store.insertEvent(StoreFixtures.event(m, "alice", "old", 1, T0, T0), Optional.empty(), 0);
        store.insertEvent(StoreFixtures.event(m, "alice", "new", 2, T0, T0.plusSeconds(3600)), Optional.empty(), 0);
        Instant cutoff = T0.plusSeconds(60);

        assertThat(store.events(m, "alice", "old", cutoff, -1, 0)).isEmpty();
        assertThat(store.sessions(m, "alice", cutoff, -1, 0)).extracting(SessionRow::sessionId).containsExactly("new");
        assertThat(store.expireEvents(m, cutoff)).isEqualTo(1);
        assertThat(store.events(m, "alice", "old", Instant.EPOCH, -1, 0)).isEmpty();
    }

    @Test
    void sessions_newest_first_and_actors_come_from_the_events() {
        String m = "mem-a-0123456789";
        store.insertEvent(StoreFixtures.event(m, "bob", "s1", 1, T0), Optional.empty(), 0);
        store.insertEvent(StoreFixtures.event(m, "bob", "s2", 2, T0.plusSeconds(10)), Optional.empty(), 0);
        store.insertEvent(StoreFixtures.event(m, "bob", "s1", 3, T0.plusSeconds(20)), Optional.empty(), 0);
        store.insertEvent(StoreFixtures.event(m, "alice", "s9", 4, T0), Optional.empty(), 0);

        assertThat(store.sessions(m, "bob", Instant.EPOCH, -1, 0)).extracting(SessionRow::sessionId)
                .containsExactly("s2", "s1");
        assertThat(store.sessions(m, "bob", Instant.EPOCH, -1, 0).get(1).createdAt()).isEqualTo(T0.plusMillis(1));
        assertThat(store.actors(m, Instant.EPOCH, -1, 0)).containsExactly("alice", "bob");
        assertThat(store.actors(m, Instant.EPOCH, 1, 1)).containsExactly("bob");
    }

    @Test
    void deleting_an_event_needs_its_actor_and_session() {
        Event event = StoreFixtures.event("mem-a-0123456789", "alice", "s1", 1, T0);
        store.insertEvent(event, Optional.empty(), 0);

        assertThat(store.deleteEvent(event.memoryId(), "bob", "s1", event.eventId())).isFalse();
        assertThat(store.deleteEvent(event.memoryId(), "alice", "s1", event.eventId())).isTrue();
        assertThat(store.event(event.memoryId(), event.eventId())).isEmpty();
    }

    @Test
    void a_session_is_due_for_extraction_until_its_events_are_extracted() {
        String m = "mem-a-0123456789";
        store.insertEvent(StoreFixtures.event(m, "alice", "s1", 1, T0), Optional.of(T0.plusSeconds(2)), 30_000);
        store.insertEvent(StoreFixtures.event(m, "alice", "s1", 2, T0), Optional.of(T0.plusSeconds(3)), 30_000);

        assertThat(store.dueExtractions(T0.plusSeconds(2))).isEmpty();
        assertThat(store.nextExtractionDue()).contains(T0.plusSeconds(3));
        List<ExtractionState> due = store.dueExtractions(T0.plusSeconds(3));
        assertThat(due).singleElement().satisfies(s -> {
            assertThat(s.extractedSeq()).isZero();
            assertThat(s.sessionId()).isEqualTo("s1");
        });

        store.extracted(due.getFirst(), 2);
        assertThat(store.nextExtractionDue()).isEmpty();
        store.insertEvent(StoreFixtures.event(m, "alice", "s1", 3, T0), Optional.of(T0.plusSeconds(9)), 30_000);
        assertThat(store.dueExtractions(T0.plusSeconds(9))).singleElement()
                .satisfies(s -> assertThat(s.extractedSeq()).isEqualTo(2));
    }

    @Test
    void a_busy_session_is_due_at_most_max_wait_after_its_first_pending_event() {
        String m = "mem-a-0123456789";
        Event first = StoreFixtures.event(m, "alice", "s1", 1, T0);
        store.insertEvent(first, Optional.of(first.createdAt().plusSeconds(2)), 5_000);
        for (int i = 2; i <= 10; i++) {
            Event next = StoreFixtures.event(m, "alice", "s1", i, T0, first.createdAt().plusSeconds(i));
            store.insertEvent(next, Optional.of(next.createdAt().plusSeconds(2)), 5_000);
        }
        assertThat(store.nextExtractionDue()).contains(first.createdAt().plusSeconds(5));
    }

    @Test
    void extraction_stays_due_when_events_arrived_while_it_ran() {
        String m = "mem-a-0123456789";
        store.insertEvent(StoreFixtures.event(m, "alice", "s1", 1, T0), Optional.of(T0), 30_000);
        ExtractionState running = store.dueExtractions(T0).getFirst();
        store.insertEvent(StoreFixtures.event(m, "alice", "s1", 2, T0), Optional.of(T0), 30_000);

        store.extracted(running, 1);

        assertThat(store.dueExtractions(T0)).singleElement()
                .satisfies(s -> assertThat(s.extractedSeq()).isEqualTo(1));
    }

    @Test
    void records_are_found_by_namespace_prefix_and_strategy_newest_first() {
        String m = "mem-a-0123456789";
        MemoryRecord a = StoreFixtures.record(m, "/facts/alice", "sem-1", "Alice likes tea", T0);
        MemoryRecord b = StoreFixtures.record(m, "/facts/alice/work", "sem-1", "Alice codes Java", T0.plusSeconds(1));
        MemoryRecord c = StoreFixtures.record(m, "/facts/alice2", "pref-1", "Alice2 likes coffee", T0.plusSeconds(2));
        MemoryRecord other = StoreFixtures.record("mem-b-0123456789", "/facts/alice", "sem-1", "elsewhere", T0);
        store.putRecords(List.of(a, b, c, other));

        assertThat(store.records(m, "/facts/alice", Optional.empty(), -1, 0)).extracting(MemoryRecord::id)
                .containsExactly(c.id(), b.id(), a.id());
        assertThat(store.records(m, "/facts/alice/", Optional.empty(), -1, 0)).extracting(MemoryRecord::id)
                .containsExactly(b.id());
        assertThat(store.records(m, "/facts/", Optional.of("sem-1"), 1, 1)).extracting(MemoryRecord::id)
                .containsExactly(a.id());
        assertThat(store.recordTexts(m, "/facts/alice")).containsExactly("Alice likes tea");
        assertThat(store.records(m, List.of(a.id(), c.id(), "mem-missing"))).extracting(MemoryRecord::id)
                .containsExactlyInAnyOrder(a.id(), c.id());
    }

    @Test
    void a_record_keeps_its_embedding_bytes_and_metadata() {
        MemoryRecord record = StoreFixtures.record("mem-a-0123456789", "/n", "s", "text", T0);
        store.putRecords(List.of(record));

        MemoryRecord back = store.record(record.memoryId(), record.id()).orElseThrow();
        assertThat(back.embedding()).isEqualTo(record.embedding());
        assertThat(back).usingRecursiveComparison().isEqualTo(record);
    }

    @Test
    void replacing_records_deletes_and_adds_in_one_step() {
        String m = "mem-a-0123456789";
        MemoryRecord old = StoreFixtures.record(m, "/summary", "sum-1", "old summary", T0);
        store.putRecords(List.of(old));
        MemoryRecord fresh = StoreFixtures.record(m, "/summary", "sum-1", "new summary", T0.plusSeconds(1));

        store.replaceRecords(m, List.of(old.id()), List.of(fresh));

        assertThat(store.recordTexts(m, "/summary")).containsExactly("new summary");
        assertThat(store.deleteRecord(m, fresh.id())).isTrue();
        assertThat(store.deleteRecord(m, fresh.id())).isFalse();
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        String m = "mem-a-0123456789";
        MemoryRecord record = StoreFixtures.record(m, "/n", "s", "kept out", T0);
        try {
            store.inTransaction(() -> {
                store.putRecords(List.of(record));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolls back
        }
        assertThat(store.record(m, record.id())).isEmpty();
    }

    @Test
    void extraction_jobs_and_client_tokens_are_kept_per_memory() {
        String m = "mem-a-0123456789";
        ExtractionJob job = new ExtractionJob(m, "job-1", "sem-1", "alice", "s1", "model answered nonsense",
                List.of(new ExtractionJob.Message("1#ab", 0), new ExtractionJob.Message("2#cd", 1)), T0);
        store.putJob(job);
        store.remember(m, "BatchCreateMemoryRecords", "tok", new MemoryStore.Remembered("hash", "{\"a\":1}"));

        assertThat(store.job(m, "job-1")).contains(job);
        assertThat(store.jobs(m)).containsExactly(job);
        assertThat(store.remembered(m, "BatchCreateMemoryRecords", "tok"))
                .contains(new MemoryStore.Remembered("hash", "{\"a\":1}"));
        assertThat(store.remembered("mem-b-0123456789", "BatchCreateMemoryRecords", "tok")).isEmpty();
        store.deleteJob(m, "job-1");
        assertThat(store.jobs(m)).isEmpty();
    }

    @Test
    void deleting_a_memory_deletes_everything_in_it() {
        Memory memory = StoreFixtures.memory("gamma", Optional.empty());
        store.putMemory(memory);
        store.insertEvent(StoreFixtures.event(memory.id(), "alice", "s1", 1, T0), Optional.of(T0), 1000);
        store.putRecords(List.of(StoreFixtures.record(memory.id(), "/n", "s", "t", T0)));
        store.putJob(new ExtractionJob(memory.id(), "j", "s", "alice", "s1", "r", List.of(), T0));

        store.deleteMemory(memory.id());

        assertThat(store.memory(memory.id())).isEmpty();
        assertThat(store.events(memory.id(), "alice", "s1", Instant.EPOCH, -1, 0)).isEmpty();
        assertThat(store.records(memory.id(), "", Optional.empty(), -1, 0)).isEmpty();
        assertThat(store.jobs(memory.id())).isEmpty();
        assertThat(store.nextExtractionDue()).isEmpty();
    }

    @Test
    void what_was_written_is_there_after_a_restart() {
        Memory memory = StoreFixtures.memory("delta", Optional.empty());
        store.putMemory(memory);
        Event event = StoreFixtures.event(memory.id(), "alice", "s1", 1, T0);
        store.insertEvent(event, Optional.empty(), 0);
        MemoryRecord record = StoreFixtures.record(memory.id(), "/n", "s", "t", T0);
        store.putRecords(List.of(record));
        store.close();

        store = reopen();

        assertThat(store.memory(memory.id())).contains(memory);
        assertThat(store.event(memory.id(), event.eventId())).isPresent();
        List<MemoryRecord> all = new java.util.ArrayList<>();
        store.forEachRecord(all::add);
        assertThat(all).extracting(MemoryRecord::id).containsExactly(record.id());
    }
}
