package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcore.model.Event;
import software.amazon.awssdk.services.bedrockagentcore.model.ListEventsResponse;
import software.amazon.awssdk.services.bedrockagentcore.model.Role;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateMemoryResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStatus;

/** Memory resources and short-term events through the official AWS SDK clients. */
class MemoryShortTermIT {

    static MemoryFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new MemoryFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void create_memory_answers_creating_then_get_memory_reports_active() {
        CreateMemoryResponse created = fixture.twin.control.createMemory(b -> b.name("shop_assistant")
                .description("remembers shoppers").eventExpiryDuration(30));
        assertThat(created.memory().status()).isEqualTo(MemoryStatus.CREATING);
        assertThat(created.memory().id()).matches("shop_assistant-[a-zA-Z0-9]{10}");
        assertThat(created.memory().arn()).isEqualTo("arn:aws:bedrock-agentcore:us-east-1:123456789012:memory/"
                + created.memory().id());
        assertThat(created.memory().createdAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(
                5, java.time.temporal.ChronoUnit.SECONDS));

        fixture.awaitStatus(created.memory().id(), MemoryStatus.ACTIVE);
        var memory = fixture.twin.control.getMemory(b -> b.memoryId(created.memory().id())).memory();
        assertThat(memory.name()).isEqualTo("shop_assistant");
        assertThat(memory.description()).isEqualTo("remembers shoppers");
        assertThat(memory.eventExpiryDuration()).isEqualTo(30);
        assertThat(memory.strategies()).isEmpty();
    }

    @Test
    void events_are_listed_newest_first_with_their_payloads() {
        String memoryId = fixture.activeMemory(b -> b.name("events_newest_first"));
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
    void list_events_pages_with_next_token() {
        String memoryId = fixture.activeMemory(b -> b.name("events_paged"));
        for (int i = 0; i < 5; i++) {
            fixture.say(memoryId, "bob", "s", Role.USER, "message " + i);
        }
        ListEventsResponse page1 = fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("bob")
                .sessionId("s").maxResults(2));
        ListEventsResponse page2 = fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("bob")
                .sessionId("s").maxResults(2).nextToken(page1.nextToken()));
        ListEventsResponse page3 = fixture.twin.data.listEvents(b -> b.memoryId(memoryId).actorId("bob")
                .sessionId("s").maxResults(2).nextToken(page2.nextToken()));

        List<String> texts = java.util.stream.Stream.of(page1, page2, page3).flatMap(p -> p.events().stream())
                .map(e -> e.payload().getFirst().conversational().content().text()).toList();
        assertThat(texts).containsExactly("message 4", "message 3", "message 2", "message 1", "message 0");
        assertThat(page3.nextToken()).isNull();
    }
}
