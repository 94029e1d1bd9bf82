package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockagentcore.model.CreateEventResponse;
import software.amazon.awssdk.services.bedrockagentcore.model.Event;
import software.amazon.awssdk.services.bedrockagentcore.model.ListEventsResponse;
import software.amazon.awssdk.services.bedrockagentcore.model.MetadataValue;
import software.amazon.awssdk.services.bedrockagentcore.model.OperatorType;
import software.amazon.awssdk.services.bedrockagentcore.model.PayloadType;
import software.amazon.awssdk.services.bedrockagentcore.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcore.model.Role;
import software.amazon.awssdk.services.bedrockagentcore.model.SessionSummary;
import software.amazon.awssdk.services.bedrockagentcore.model.ValidationException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateMemoryResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStatus;

/**
 * Memory resources and short-term memory (events, sessions, actors, branches) through the official
 * AWS SDK clients, on the embedded store; {@link MemoryShortTermPostgresIT} runs the same on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoryShortTermIT {

    MemoryFixture fixture;
    final MovableClock clock = new MovableClock();

    boolean onPostgres() {
        return false;
    }

    @BeforeAll
    void start() {
        fixture = new MemoryFixture(b -> b.clock(clock), onPostgres());
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private String memory(String name) {
        return fixture.activeMemory(b -> b.name(name));
    }

    @Test
    void create_memory_answers_creating_then_get_memory_reports_active() {
        CreateMemoryResponse created = fixture.twin.control.createMemory(b -> b.name("shop_assistant")
                .description("remembers shoppers").eventExpiryDuration(30));
        assertThat(created.memory().status()).isEqualTo(MemoryStatus.CREATING);
        assertThat(created.memory().id()).matches("shop_assistant-[a-zA-Z0-9]{10}");
        assertThat(created.memory().arn()).isEqualTo("arn:aws:bedrock-agentcore:us-east-1:123456789012:memory/"
                + created.memory().id());
        assertThat(Duration.between(created.memory().createdAt(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));

        fixture.awaitStatus(created.memory().id(), MemoryStatus.ACTIVE);
        var memory = fixture.twin.control.getMemory(b -> b.memoryId(created.memory().id())).memory();
        assertThat(memory.name()).isEqualTo("shop_assistant");
        assertThat(memory.description()).isEqualTo("remembers shoppers");
        assertThat(memory.eventExpiryDuration()).isEqualTo(30);
        assertThat(memory.strategies()).isEmpty();
    }

    @Test
    void events_are_listed_newest_first_with_their_payloads() {
        String memoryId = memory("events_newest_first");
        Event first = fixture.say(memoryId, "alice", "session-1", Role.USER, "Hello there").event();
        Event second = fixture.say(memoryId, "alice", "session-1", Role.ASSISTANT, "Hi Alice").event();
        fixture.say(memoryId, "alice", "session-2", Role.USER, "Another session");

        ListEventsResponse listed = fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("alice")
                .sessionId("session-1"));

        assertThat(listed.events()).extracting(Event::eventId).containsExactly(second.eventId(), first.eventId());
        assertThat(listed.events().get(1).payload().getFirst().conversational().content().text())
                .isEqualTo("Hello there");
        assertThat(listed.events().get(1).payload().getFirst().conversational().role()).isEqualTo(Role.USER);
        assertThat(first.eventId()).matches("[0-9]+#[a-f0-9]+");
        assertThat(first.memoryId()).isEqualTo(memoryId);
        assertThat(listed.nextToken()).isNull();
    }

    @Test
    void list_events_pages_with_next_token_and_can_leave_out_payloads() {
        String memoryId = memory("events_paged");
        for (int i = 0; i < 5; i++) {
            fixture.say(memoryId, "bob", "s", Role.USER, "message " + i);
        }
        ListEventsResponse page1 = fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("bob")
                .sessionId("s").maxResults(2));
        ListEventsResponse page2 = fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("bob")
                .sessionId("s").maxResults(2).nextToken(page1.nextToken()));
        ListEventsResponse page3 = fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("bob")
                .sessionId("s").maxResults(2).nextToken(page2.nextToken()));

        List<String> texts = Stream.of(page1, page2, page3).flatMap(p -> p.events().stream())
                .map(e -> e.payload().getFirst().conversational().content().text()).toList();
        assertThat(texts).containsExactly("message 4", "message 3", "message 2", "message 1", "message 0");
        assertThat(page3.nextToken()).isNull();
        assertThat(fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("bob").sessionId("s")
                .includePayloads(false)).events()).hasSize(5).allSatisfy(e -> assertThat(e.payload()).isEmpty());
    }

    @Test
    void get_event_and_delete_event_address_one_event_of_an_actor_and_session() {
        String memoryId = memory("get_and_delete");
        Event event = fixture.say(memoryId, "user:42/web", "s1", Role.USER, "keep me").event();

        Event got = fixture.twin.data.getEvent(b -> b.memoryId(memoryId).actorId("user:42/web").sessionId("s1")
                .eventId(event.eventId())).event();
        assertThat(got).isEqualTo(event);
        assertThatThrownBy(() -> fixture.twin.data.getEvent(b -> b.memoryId(memoryId).actorId("someone-else")
                .sessionId("s1").eventId(event.eventId()))).isInstanceOf(ResourceNotFoundException.class);

        assertThat(fixture.twin.data.deleteEvent(b -> b.memoryId(memoryId).actorId("user:42/web").sessionId("s1")
                .eventId(event.eventId())).eventId()).isEqualTo(event.eventId());
        assertThatThrownBy(() -> fixture.twin.data.getEvent(b -> b.memoryId(memoryId).actorId("user:42/web")
                .sessionId("s1").eventId(event.eventId()))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> fixture.twin.data.deleteEvent(b -> b.memoryId(memoryId).actorId("user:42/web")
                .sessionId("s1").eventId(event.eventId()))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void sessions_and_actors_are_listed_from_the_events() {
        String memoryId = memory("sessions_actors");
        fixture.say(memoryId, "carol", "morning", Role.USER, "good morning");
        fixture.say(memoryId, "carol", "evening", Role.USER, "good evening");
        fixture.say(memoryId, "dave", "lunch", Role.USER, "lunch time");

        List<SessionSummary> sessions = fixture.twin.data.listSessions(b -> b.memoryId(memoryId).actorId("carol"))
                .sessionSummaries();
        assertThat(sessions).extracting(SessionSummary::sessionId).containsExactly("evening", "morning");
        assertThat(sessions).allSatisfy(s -> assertThat(s.actorId()).isEqualTo("carol"));
        assertThat(fixture.twin.data.listSessions(b -> b.memoryId(memoryId).actorId("carol").maxResults(1))
                .nextToken()).isNotNull();
        assertThat(fixture.twin.data.listActors(b -> b.memoryId(memoryId)).actorSummaries())
                .extracting(a -> a.actorId()).containsExactly("carol", "dave");
    }

    @Test
    void a_repeated_client_token_returns_the_same_event_and_a_reused_one_is_refused() {
        String memoryId = memory("event_idempotency");
        Instant at = Instant.parse("2025-12-01T09:00:00.250Z");
        CreateEventResponse first = fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("erin")
                .sessionId("s").eventTimestamp(at).clientToken("event-token-1")
                .payload(MemoryFixture.message(Role.USER, "once")));
        CreateEventResponse again = fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("erin")
                .sessionId("s").eventTimestamp(at).clientToken("event-token-1")
                .payload(MemoryFixture.message(Role.USER, "once")));

        assertThat(again.event()).isEqualTo(first.event());
        assertThat(first.event().eventTimestamp()).isEqualTo(at);
        assertThat(fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("erin").sessionId("s")).events())
                .hasSize(1);
        assertThatThrownBy(() -> fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("erin")
                .sessionId("s").eventTimestamp(at).clientToken("event-token-1")
                .payload(MemoryFixture.message(Role.USER, "different"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.reasonAsString())
                        .isEqualTo("IdempotentParameterMismatchException"));
    }

    @Test
    void blob_payloads_and_metadata_are_kept_and_metadata_filters_events() {
        String memoryId = memory("blobs_metadata");
        Document blob = Document.mapBuilder().putString("tool", "weather").putNumber("calls", 2).build();
        fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("frank").sessionId("s")
                .eventTimestamp(Instant.now()).payload(PayloadType.builder().blob(blob).build())
                .metadata(Map.of("channel", MetadataValue.fromStringValue("web"))));
        fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("frank").sessionId("s")
                .eventTimestamp(Instant.now()).payload(MemoryFixture.message(Role.USER, "from the app"))
                .metadata(Map.of("channel", MetadataValue.fromStringValue("app"))));
        fixture.say(memoryId, "frank", "s", Role.USER, "no metadata");

        List<Event> web = fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("frank").sessionId("s")
                .filter(f -> f.eventMetadata(m -> m.left(l -> l.metadataKey("channel"))
                        .operator(OperatorType.EQUALS_TO).right(r -> r.metadataValue(MetadataValue.fromStringValue("web"))))))
                .events();
        assertThat(web).singleElement().satisfies(e -> {
            assertThat(e.payload().getFirst().blob().asMap().get("tool").asString()).isEqualTo("weather");
            assertThat(e.metadata().get("channel").stringValue()).isEqualTo("web");
        });
        assertThat(fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("frank").sessionId("s")
                .filter(f -> f.eventMetadata(m -> m.left(l -> l.metadataKey("channel"))
                        .operator(OperatorType.NOT_EXISTS)))).events())
                .singleElement().satisfies(e -> assertThat(e.payload().getFirst().conversational().content().text())
                        .isEqualTo("no metadata"));
    }

    @Test
    void a_branch_forks_from_an_event_and_lists_with_its_parent_up_to_the_fork() {
        String memoryId = memory("branches");
        Event one = fixture.say(memoryId, "gina", "s", Role.USER, "one").event();
        Event two = fixture.say(memoryId, "gina", "s", Role.ASSISTANT, "two").event();
        fixture.say(memoryId, "gina", "s", Role.USER, "three on main");
        Event alt = fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("gina").sessionId("s")
                .eventTimestamp(Instant.now()).branch(r -> r.name("retry").rootEventId(two.eventId()))
                .payload(MemoryFixture.message(Role.USER, "three on retry"))).event();
        Event alt2 = fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("gina").sessionId("s")
                .eventTimestamp(Instant.now()).branch(r -> r.name("retry"))
                .payload(MemoryFixture.message(Role.ASSISTANT, "four on retry"))).event();

        assertThat(fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("gina").sessionId("s")
                .filter(f -> f.branch(r -> r.name("retry")))).events()).extracting(Event::eventId)
                .containsExactly(alt2.eventId(), alt.eventId(), two.eventId(), one.eventId());
        assertThat(fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("gina").sessionId("s")
                .filter(f -> f.branch(r -> r.name("retry").includeParentBranches(false)))).events())
                .extracting(Event::eventId).containsExactly(alt2.eventId(), alt.eventId());
        assertThat(alt.branch().rootEventId()).isEqualTo(two.eventId());
        assertThat(fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("gina").sessionId("s")
                .filter(f -> f.branch(r -> r.name("main")))).events()).hasSize(3);
    }

    @Test
    void a_branch_needs_a_root_event_of_its_own_session() {
        String memoryId = memory("branch_rules");
        Event elsewhere = fixture.say(memoryId, "hank", "other-session", Role.USER, "elsewhere").event();

        assertThatThrownBy(() -> fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("hank")
                .sessionId("s").eventTimestamp(Instant.now()).branch(r -> r.name("fresh"))
                .payload(MemoryFixture.message(Role.USER, "x"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("rootEventId");
        assertThatThrownBy(() -> fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("hank")
                .sessionId("s").eventTimestamp(Instant.now()).branch(r -> r.name("fresh")
                        .rootEventId(elsewhere.eventId())).payload(MemoryFixture.message(Role.USER, "x"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.reasonAsString())
                        .isEqualTo("EventInOtherSession"));
        assertThatThrownBy(() -> fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("hank")
                .sessionId("s").eventTimestamp(Instant.now()).branch(r -> r.name("fresh")
                        .rootEventId("1764806400000#abcdef")).payload(MemoryFixture.message(Role.USER, "x"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void malformed_events_are_refused_with_the_offending_fields() {
        String memoryId = memory("event_validation");
        assertThatThrownBy(() -> fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("-bad actor")
                .sessionId("s!").eventTimestamp(Instant.now())
                .payload(MemoryFixture.message(Role.USER, "x".repeat(9001)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.reasonAsString()).isEqualTo("FieldValidationFailed");
                    assertThat(e.fieldList()).extracting(f -> f.name()).containsExactly("actorId", "sessionId",
                            "payload.1.member.conversational.content.text");
                    assertThat(e.getMessage()).doesNotContain("xxxx");
                });
        assertThatThrownBy(() -> fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("ivy")
                .sessionId("s").payload(MemoryFixture.message(Role.USER, "when?"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldList())
                        .extracting(f -> f.name()).containsExactly("eventTimestamp"));
        assertThatThrownBy(() -> fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("ivy").sessionId("s")
                .maxResults(101))).isInstanceOf(ValidationException.class).hasMessageContaining("maxResults");
    }

    @Test
    void the_data_plane_waits_for_an_active_memory_and_does_not_know_unknown_ones() {
        String creating = fixture.twin.control.createMemory(b -> b.name("not_yet_active").eventExpiryDuration(30))
                .memory().id();
        assertThatThrownBy(() -> fixture.say(creating, "jo", "s", Role.USER, "too early"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("CREATING");
        assertThatThrownBy(() -> fixture.say("unknown_memory-0123456789", "jo", "s", Role.USER, "hello"))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void an_event_created_without_a_session_gets_one() {
        String memoryId = memory("no_session");
        Event event = fixture.twin.data.createEvent(b -> b.memoryId(memoryId).actorId("kim")
                .eventTimestamp(Instant.now()).payload(MemoryFixture.message(Role.USER, "hi"))).event();
        assertThat(event.sessionId()).isNotBlank();
        assertThat(fixture.twin.data.listSessions(b -> b.memoryId(memoryId).actorId("kim")).sessionSummaries())
                .extracting(SessionSummary::sessionId).containsExactly(event.sessionId());
    }

    @Test
    void events_expire_after_the_memorys_event_expiry_duration() {
        String memoryId = fixture.activeMemory(b -> b.name("expiring").eventExpiryDuration(3));
        fixture.say(memoryId, "lee", "s", Role.USER, "ephemeral");
        assertThat(fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("lee").sessionId("s")).events())
                .hasSize(1);

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        try {
            assertThat(fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("lee").sessionId("s")).events())
                    .isEmpty();
            assertThat(fixture.twin.data.listSessions(b -> b.memoryId(memoryId).actorId("lee")).sessionSummaries())
                    .isEmpty();
        } finally {
            clock.advance(Duration.ofDays(3).plusMinutes(1).negated());
        }
    }
}
