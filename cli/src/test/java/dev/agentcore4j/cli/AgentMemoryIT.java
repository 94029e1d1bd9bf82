package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.container.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.bedrockagentcore.model.Event;

/**
 * The agent remembers through the twin's AgentCore Memory, on both engines: a session continues
 * after StopRuntimeSession (a new instance loads it from events), and a new session of the same
 * actor recalls what extraction learned.
 */
class AgentMemoryIT {

    @TempDir
    static Path dir;

    private static MemoryTwinFixture fixture;
    private static final java.util.Map<Engine, String> RUNTIMES = new java.util.EnumMap<>(Engine.class);

    @BeforeAll
    static void start() throws Exception {
        fixture = new MemoryTwinFixture(dir, b -> b);
        for (Engine engine : Engine.values()) {
            RUNTIMES.put(engine, fixture.runtime(engine));
        }
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String session(String what) {
        return "memory-it-" + what + "-" + UUID.randomUUID();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_conversation_continues_on_a_new_instance_after_stop_runtime_session(Engine engine) {
        String arn = RUNTIMES.get(engine);
        String session = session("stop");
        String actor = "alice-" + engine.id();
        JsonNode first = fixture.ask(arn, session, "{\"prompt\": \"My name is Alice\", \"actorId\": \"" + actor + "\"}");
        assertThat(first.path("memory").path("recorded").asBoolean()).isTrue();
        assertThat(first.path("memory").path("restored_messages").asInt()).isZero();

        fixture.stop(arn, session);
        JsonNode second = fixture.ask(arn, session, "{\"prompt\": \"What is my name?\", \"actorId\": \"" + actor + "\"}");

        assertThat(second.path("engine").asText()).isEqualTo(engine.id());
        assertThat(second.path("response").asText()).contains("Alice");
        assertThat(second.path("memory").path("restored_messages").asInt()).isEqualTo(2);
        assertThat(second.path("memory").path("warnings")).isEmpty();
        List<Event> events = new ArrayList<>();
        fixture.data.listEventsPaginator(b -> b.memoryId(fixture.memoryId).actorId(actor).sessionId(session)
                .includePayloads(true)).events().forEach(events::add);
        assertThat(events).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_tool_turn_is_restored_with_its_tool_use_and_result(Engine engine) {
        String arn = RUNTIMES.get(engine);
        String session = session("tools");
        fixture.ask(arn, session, "{\"prompt\": \"What is 15 * 23 + 7?\"}");
        fixture.stop(arn, session);
        JsonNode next = fixture.ask(arn, session, "{\"prompt\": \"My name is Dana\"}");
        assertThat(next.path("memory").path("restored_messages").asInt()).isEqualTo(4);
        fixture.stop(arn, session);
        JsonNode last = fixture.ask(arn, session, "{\"prompt\": \"What is my name?\"}");
        assertThat(last.path("response").asText()).contains("Dana");
        assertThat(last.path("memory").path("restored_messages").asInt()).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_new_session_of_the_same_actor_recalls_the_extracted_record(Engine engine) {
        String arn = RUNTIMES.get(engine);
        String actor = "bob-" + engine.id();
        fixture.ask(arn, session("told"), "{\"prompt\": \"My name is Bob\", \"actorId\": \"" + actor + "\"}");
        MemoryTwinFixture.await(() -> fixture.records("/users/" + actor + "/facts") > 0, "the fact to be extracted");

        JsonNode answer = fixture.ask(arn, session("asked"), "{\"prompt\": \"What is my name?\", \"actorId\": \"" + actor + "\"}");

        assertThat(answer.path("response").asText()).contains("Bob");
        JsonNode memory = answer.path("memory");
        assertThat(memory.path("restored_messages").asInt()).isZero();
        assertThat(memory.path("recalled")).anySatisfy(record -> {
            assertThat(record.path("text").asText()).isEqualTo("The user's name is Bob.");
            assertThat(record.path("namespace").asText()).isEqualTo("/users/" + actor + "/facts");
            assertThat(record.path("score").asDouble()).isPositive();
        });
    }

    @Test
    void another_actor_does_not_recall_what_one_actor_said() {
        String arn = RUNTIMES.get(Engine.STRANDS);
        fixture.ask(arn, session("carol"), "{\"prompt\": \"My name is Carol\", \"actorId\": \"carol\"}");
        MemoryTwinFixture.await(() -> fixture.records("/users/carol/facts") > 0, "the fact to be extracted");
        JsonNode other = fixture.ask(arn, session("eve"), "{\"prompt\": \"What is my name?\", \"actorId\": \"eve\"}");
        assertThat(other.path("response").asText()).doesNotContain("Carol");
        assertThat(other.path("memory").path("recalled").toString()).doesNotContain("Carol");
    }

    @Test
    void a_streamed_turn_sends_what_was_recalled_before_the_answer() throws Exception {
        String arn = RUNTIMES.get(Engine.LANGCHAIN4J);
        fixture.ask(arn, session("frank"), "{\"prompt\": \"My name is Frank\", \"actorId\": \"frank\"}");
        MemoryTwinFixture.await(() -> fixture.records("/users/frank/facts") > 0, "the fact to be extracted");

        String sse = fixture.invoke(arn, session("frank-again"), "text/event-stream",
                "{\"prompt\": \"What is my name?\", \"actorId\": \"frank\"}");

        List<JsonNode> events = new ArrayList<>();
        for (String line : sse.split("\n")) {
            if (line.startsWith("data: ")) {
                events.add(MemoryTwinFixture.JSON.readTree(line.substring(6)));
            }
        }
        assertThat(events.getFirst().path("type").asText()).isEqualTo("memory_recall");
        assertThat(events.getFirst().path("actor_id").asText()).isEqualTo("frank");
        assertThat(events.getFirst().path("records").toString()).contains("The user's name is Frank.");
        assertThat(events.getLast().path("type").asText()).isEqualTo("finished");
        assertThat(events.getLast().path("memory").path("recorded").asBoolean()).isTrue();
        assertThat(sse).contains("Frank");
    }
}
