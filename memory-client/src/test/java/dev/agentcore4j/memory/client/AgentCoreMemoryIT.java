package dev.agentcore4j.memory.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import dev.agentcore4j.emulator.Twin;
import dev.agentcore4j.emulator.TwinConfig;
import dev.agentcore4j.memory.MemorySettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/** The memory client against the twin's AgentCore Memory on a loopback port, through the official SDK. */
class AgentCoreMemoryIT {

    @TempDir
    static Path dir;

    private static Twin twin;
    private static BedrockAgentCoreControlClient control;
    private static BedrockAgentCoreClient data;
    private static String memoryId;

    @BeforeAll
    static void start() {
        twin = Twin.start(TwinConfig.builder().port(0).dataDir(dir).memory(MemorySettings.builder()
                .statusDelay(Duration.ofMillis(20)).extractionDelay(Duration.ofMillis(100)).build()).build());
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        control = BedrockAgentCoreControlClient.builder().region(Region.US_EAST_1).endpointOverride(twin.endpoint())
                .credentialsProvider(credentials).build();
        data = BedrockAgentCoreClient.builder().region(Region.US_EAST_1).endpointOverride(twin.endpoint())
                .credentialsProvider(credentials).build();
        memoryId = control.createMemory(b -> b.name("client_it").eventExpiryDuration(30).memoryStrategies(
                s -> s.semanticMemoryStrategy(x -> x.name("facts").namespaces("/users/{actorId}/facts")),
                s -> s.summaryMemoryStrategy(x -> x.name("summaries").namespaces("/summaries/{actorId}/{sessionId}"))))
                .memory().id();
        await(() -> control.getMemory(b -> b.memoryId(memoryId)).memory().statusAsString().equals("ACTIVE"));
    }

    @AfterAll
    static void stop() {
        control.close();
        data.close();
        twin.close();
    }

    private static MemoryConfig config() {
        return MemoryConfig.of(memoryId).withEndpoint(twin.endpoint()).withRegion(Optional.of("us-east-1"))
                .withCredentials(AwsBasicCredentials.create("local", "local"));
    }

    private static String session() {
        return "client-it-" + UUID.randomUUID();
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void a_turn_with_a_tool_call_is_loaded_back_as_it_was_recorded() {
        List<Message> turn = List.of(Message.user("What is 2 + 2?"),
                Message.of(Role.ASSISTANT, new ContentBlock.Text("Let me calculate."),
                        new ContentBlock.ToolUse("t1", "calculate", Map.of("expression", "2 + 2"))),
                Message.of(Role.USER, new ContentBlock.ToolResult("t1", List.of(ToolResultContent.json(Map.of("result", 4))),
                        ToolResultStatus.SUCCESS)),
                Message.assistant("2 + 2 = 4."));
        ActorId actor = ActorId.of("tool-user");
        String session = session();
        try (AgentMemory memory = AgentMemory.agentCore(config())) {
            memory.record(actor, session, new Turn("turn-1", turn, Instant.now()));
        }
        try (AgentMemory fresh = AgentMemory.agentCore(config())) {
            assertThat(fresh.load(actor, session)).extracting(StoredMessage::message).containsExactlyElementsOf(turn);
            assertThat(fresh.load(ActorId.of("someone-else"), session)).isEmpty();
        }
    }

    @Test
    void a_long_session_is_loaded_from_every_page_oldest_first_and_windowed() {
        ActorId actor = ActorId.of("talker");
        String session = session();
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        try (AgentMemory memory = AgentMemory.agentCore(config().withMaxRestoredMessages(1000))) {
            for (int i = 0; i < 70; i++) {
                // turns recorded with the same start time still come back in order
                memory.record(actor, session, new Turn("turn-" + i,
                        List.of(Message.user("question " + i), Message.assistant("answer " + i)), start));
            }
            List<StoredMessage> all = memory.load(actor, session);
            assertThat(all).hasSize(140);
            assertThat(all.getFirst().message()).isEqualTo(Message.user("question 0"));
            assertThat(all.getLast().message()).isEqualTo(Message.assistant("answer 69"));
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i).at()).isAfter(all.get(i - 1).at());
            }
        }
        try (AgentMemory windowed = AgentMemory.agentCore(config())) {
            List<StoredMessage> last = windowed.load(actor, session);
            assertThat(last).hasSize(MemoryConfig.DEFAULT_MAX_RESTORED_MESSAGES);
            assertThat(last.getFirst().message()).isEqualTo(Message.user("question 20"));
        }
    }

    @Test
    void recording_the_same_turn_again_does_not_duplicate_its_events() {
        ActorId actor = ActorId.of("retrier");
        String session = session();
        Turn turn = new Turn("turn-once", List.of(Message.user("Hello"), Message.assistant("Hi!")), Instant.now());
        try (AgentMemory memory = AgentMemory.agentCore(config())) {
            memory.record(actor, session, turn);
            memory.record(actor, session, turn);
        }
        List<Object> events = new ArrayList<>();
        data.listEventsPaginator(b -> b.memoryId(memoryId).actorId(actor.value()).sessionId(session)).events().forEach(events::add);
        assertThat(events).hasSize(2);
    }

    @Test
    void a_runtime_session_id_memory_would_refuse_is_stored_under_its_mapped_id() {
        ActorId actor = ActorId.of("mapper");
        String runtimeSession = "tenant:acme/conversation#" + "x".repeat(150);
        try (AgentMemory memory = AgentMemory.agentCore(config())) {
            memory.record(actor, runtimeSession, new Turn("t", List.of(Message.user("Hi"), Message.assistant("Hello")), Instant.now()));
            assertThat(memory.load(actor, runtimeSession)).hasSize(2);
        }
        assertThat(data.listSessions(b -> b.memoryId(memoryId).actorId(actor.value())).sessionSummaries())
                .singleElement().satisfies(s -> assertThat(s.sessionId()).isEqualTo(MemoryIds.sessionId(runtimeSession)));
    }

    @Test
    void recall_finds_the_actors_extracted_record_in_its_namespaces_and_not_below_the_minimum_score() {
        ActorId actor = ActorId.of("recaller");
        try (AgentMemory memory = AgentMemory.agentCore(config())) {
            memory.record(actor, session(), new Turn("t", List.of(Message.user("My name is Alice"), Message.assistant("Hello Alice")),
                    Instant.now()));
            await(() -> !data.listMemoryRecords(b -> b.memoryId(memoryId).namespace("/users/recaller/facts"))
                    .memoryRecordSummaries().isEmpty());

            Recall recall = memory.recall(actor, "What is my name?");
            assertThat(recall.namespaces()).containsExactly("/users/recaller/facts", "/summaries/recaller/");
            assertThat(recall.records()).first().satisfies(r -> {
                assertThat(r.text()).isEqualTo("The user's name is Alice.");
                assertThat(r.namespace()).isEqualTo("/users/recaller/facts");
                assertThat(r.score()).isBetween(MemoryConfig.DEFAULT_MIN_SCORE, 1.0);
                assertThat(r.recordId()).startsWith("mem-");
            });
            assertThat(recall.section()).contains(Recall.HEADING).contains("- The user's name is Alice.");
            assertThat(memory.recall(ActorId.of("nobody"), "What is my name?").isEmpty()).isTrue();
        }
        try (AgentMemory strict = AgentMemory.agentCore(config().withMinScore(0.99))) {
            assertThat(strict.recall(actor, "What is my name?").records()).isEmpty();
        }
    }

    @Test
    void an_unknown_memory_fails_with_what_to_check() {
        MemoryConfig unknown = MemoryConfig.of("no_such_memory-AbCdE12345").withEndpoint(twin.endpoint())
                .withRegion(Optional.of("us-east-1")).withCredentials(AwsBasicCredentials.create("local", "local"));
        try (AgentMemory memory = AgentMemory.agentCore(unknown)) {
            assertThatThrownBy(() -> memory.load(ActorId.DEFAULT, session())).isInstanceOf(MemoryException.class)
                    .hasMessageContaining("ListEvents failed (ResourceNotFoundException, HTTP 404)")
                    .hasMessageContaining("check AC4J_MEMORY_ID (no_such_memory-AbCdE12345)");
        }
    }

    @Test
    void nothing_listens_is_a_memory_exception_naming_what_to_check() {
        MemoryConfig nowhere = config().withEndpoint(URI.create("http://127.0.0.1:1"));
        try (AgentMemory memory = AgentMemory.agentCore(nowhere)) {
            assertThatThrownBy(() -> memory.recall(ActorId.DEFAULT, "hi")).isInstanceOf(MemoryException.class)
                    .hasMessageContaining("GetMemory failed").hasMessageContaining("AC4J_MEMORY_ENDPOINT");
        }
    }
}
