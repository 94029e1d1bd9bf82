package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.agent.Message;
import dev.agentcore4j.emulator.Twin;
import dev.agentcore4j.emulator.TwinConfig;
import dev.agentcore4j.memory.MemorySettings;
import dev.agentcore4j.memory.client.ActorId;
import dev.agentcore4j.memory.client.AgentMemory;
import dev.agentcore4j.memory.client.MemoryConfig;
import dev.agentcore4j.memory.client.Turn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * {@code ./ac4j memory inspect} against the twin: what it lists, and each explanation of an empty
 * recall reached for real — a memory still CREATING, no events for the actor, extraction pending,
 * records under another actor, a minimum score above every record.
 */
class MemoryInspectIT {

    @TempDir
    Path dir;

    private record Output(int code, String out, String err) { }

    private record Stack(Twin twin, BedrockAgentCoreControlClient control, BedrockAgentCoreClient data) implements AutoCloseable {
        String endpoint() {
            return twin.endpoint().toString();
        }

        @Override
        public void close() {
            control.close();
            data.close();
            twin.close();
        }
    }

    private Stack twin(UnaryOperator<MemorySettings.Builder> settings) {
        Twin twin = Twin.start(TwinConfig.builder().port(0).dataDir(dir.resolve("twin-" + UUID.randomUUID()))
                .memory(settings.apply(MemorySettings.builder().statusDelay(Duration.ofMillis(50))
                        .extractionDelay(Duration.ofMillis(100))).build()).build());
        return new Stack(twin, AwsClients.control(Optional.of(twin.endpoint()), Region.US_EAST_1),
                AwsClients.data(Optional.of(twin.endpoint()), Region.US_EAST_1));
    }

    /** A memory with only the facts strategy ({@code /users/{actorId}/facts}). */
    private static String factsMemory(Stack stack, String name) throws InterruptedException {
        String id = stack.control().createMemory(b -> b.name(name).eventExpiryDuration(7)
                .memoryStrategies(s -> s.semanticMemoryStrategy(x -> x.name("facts").namespaces(DemoMemory.FACTS))))
                .memory().id();
        MemoryTwinFixture.await(() -> stack.control().getMemory(b -> b.memoryId(id)).memory().statusAsString().equals("ACTIVE"),
                "ACTIVE");
        return id;
    }

    /** The user says {@code text} and the assistant answers, recorded as the agent records a turn. */
    private static void say(Stack stack, String memoryId, String actor, String session, String text) {
        MemoryConfig config = MemoryConfig.of(memoryId).withEndpoint(stack.twin().endpoint())
                .withRegion(Optional.of("us-east-1")).withCredentials(AwsClients.LOCAL);
        try (AgentMemory memory = AgentMemory.agentCore(config)) {
            memory.record(ActorId.of(actor), session, new Turn(UUID.randomUUID().toString(),
                    List.of(Message.user(text), Message.assistant("Noted.")), Instant.now()));
        }
    }

    private static void awaitRecords(Stack stack, String memoryId, String namespace) {
        MemoryTwinFixture.await(() -> !stack.data().listMemoryRecords(b -> b.memoryId(memoryId).namespace(namespace))
                .memoryRecordSummaries().isEmpty(), "records under " + namespace);
    }

    private static Output inspect(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 2];
            all[0] = "memory";
            all[1] = "inspect";
            System.arraycopy(args, 0, all, 2, args.length);
            int code = Main.commandLine().setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true))
                    .execute(all);
            return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
        }
    }

    @Test
    void it_lists_strategies_actors_sessions_events_and_records_per_namespace() throws Exception {
        try (Stack stack = twin(b -> b)) {
            String memoryId = DemoMemory.ensure(stack.control(), "listing");
            String runtimeSession = "runtime:session/" + "x".repeat(120);
            say(stack, memoryId, "alice", runtimeSession, "My name is Alice");
            say(stack, memoryId, "bob", "bob-session-1", "I like green tea");
            awaitRecords(stack, memoryId, "/users/alice/facts");
            awaitRecords(stack, memoryId, "/users/bob/preferences");

            Output all = inspect("--endpoint", stack.endpoint());
            assertThat(all.code()).as(all.err()).isZero();
            assertThat(all.out()).contains("memory " + memoryId + "  ACTIVE  name listing  events expire after 30 days")
                    .contains("SEMANTIC  ACTIVE  /users/{actorId}/facts").contains("USER_PREFERENCE  ACTIVE  /users/{actorId}/preferences")
                    .contains("SUMMARIZATION  ACTIVE  /summaries/{actorId}/{sessionId}")
                    .contains("  actors: 2").contains("    alice").contains("    bob")
                    .contains("[user] My name is Alice").contains("[assistant] Noted.").contains("2 events, newest ")
                    .contains("/users/alice/facts  1 records").contains("- The user's name is Alice.")
                    .contains("/users/bob/preferences  1 records").contains("- The user likes green tea.");

            Output one = inspect("--endpoint", stack.endpoint(), "--memory", memoryId, "--actor", "alice",
                    "--session", runtimeSession);
            assertThat(one.out()).contains("  actors: 1").doesNotContain("    bob").contains("runtime_session_x")
                    .contains("[user] My name is Alice");
        }
    }

    @Test
    void a_query_lists_what_the_agent_would_recall_with_scores() throws Exception {
        try (Stack stack = twin(b -> b)) {
            String memoryId = factsMemory(stack, "recall");
            say(stack, memoryId, "alice", "alice-session-1", "My name is Alice");
            awaitRecords(stack, memoryId, "/users/alice/facts");

            Output out = inspect("--endpoint", stack.endpoint(), "--memory", memoryId, "--actor", "alice", "--query", "What is my name?");
            assertThat(out.out()).contains("query \"What is my name?\" as actor alice (min score 0.1, namespaces /users/alice/facts):")
                    .containsPattern("\\n    0\\.\\d\\d  /users/alice/facts  The user's name is Alice\\.\\n").doesNotContain("Why:");
        }
    }

    @Test
    void an_empty_recall_on_a_memory_still_creating_says_so_first() {
        try (Stack stack = twin(b -> b.statusDelay(Duration.ofMinutes(10)))) {
            String memoryId = stack.control().createMemory(b -> b.name("slow").eventExpiryDuration(7)).memory().id();
            Output out = inspect("--endpoint", stack.endpoint(), "--memory", memoryId, "--query", "What is my name?");
            assertThat(out.out()).as(out.err()).contains("memory " + memoryId + "  CREATING").contains("nothing recalled. Why:")
                    .contains("- the memory is CREATING: events are kept and records extracted and searched only while it is ACTIVE");
        }
    }

    @Test
    void an_empty_recall_for_an_actor_without_events_names_the_actors_that_have_some() throws Exception {
        try (Stack stack = twin(b -> b)) {
            String memoryId = factsMemory(stack, "actors");
            Output empty = inspect("--endpoint", stack.endpoint(), "--memory", memoryId, "--query", "What is my name?");
            assertThat(empty.out()).contains("- no events for actor default_actor").contains("No actor has events yet");

            say(stack, memoryId, "bob", "bob-session-1", "My name is Bob");
            Output other = inspect("--endpoint", stack.endpoint(), "--memory", memoryId, "--actor", "alice", "--query", "What is my name?");
            assertThat(other.out()).contains("- no events for actor alice").contains("Actors with events: bob");
        }
    }

    @Test
    void an_empty_recall_right_after_the_conversation_is_extraction_pending() throws Exception {
        try (Stack stack = twin(b -> b.extractionDelay(Duration.ofMinutes(10)))) {
            String memoryId = factsMemory(stack, "pending");
            say(stack, memoryId, "alice", "alice-session-1", "My name is Alice");
            Output out = inspect("--endpoint", stack.endpoint(), "--memory", memoryId, "--actor", "alice", "--query", "What is my name?");
            assertThat(out.out()).contains("- extraction pending: 2 events for actor alice, the newest ")
                    .contains("ask again shortly");
        }
    }

    @Test
    void an_empty_recall_for_one_actor_shows_the_records_another_actor_has() throws Exception {
        try (Stack stack = twin(b -> b)) {
            String memoryId = factsMemory(stack, "elsewhere");
            say(stack, memoryId, "alice", "alice-session-1", "My name is Alice");
            awaitRecords(stack, memoryId, "/users/alice/facts");
            say(stack, memoryId, "bob", "bob-session-1", "Hello there");

            Output out = inspect("--endpoint", stack.endpoint(), "--memory", memoryId, "--actor", "bob", "--query", "What is my name?",
                    "--extraction-delay", "0");
            assertThat(out.out()).contains("- records exist, but not where the agent searches for bob: /users/alice/facts (1); "
                    + "the agent searches /users/bob/facts");
        }
    }

    @Test
    void an_empty_recall_because_of_the_minimum_score_shows_the_records_below_it() throws Exception {
        try (Stack stack = twin(b -> b)) {
            String memoryId = factsMemory(stack, "scores");
            say(stack, memoryId, "alice", "alice-session-1", "My name is Alice");
            awaitRecords(stack, memoryId, "/users/alice/facts");

            Output out = inspect("--endpoint", stack.endpoint(), "--memory", memoryId, "--actor", "alice", "--query", "What is my name?",
                    "--min-score", "0.99");
            assertThat(out.out()).contains("The user's name is Alice.  (below min score)")
                    .containsPattern("- min score too high: 1 records where the agent searches, the best scored 0\\.\\d\\d < 0\\.99");
        }
    }

    @Test
    void flags_that_name_nothing_valid_are_refused_with_the_fix() {
        assertThat(inspect("--memory", "demo").err()).contains("--memory demo is not a memory id");
        assertThat(inspect("--actor", "alice@example.com").err()).contains("--actor: actor id 'alice@example.com'");
        assertThat(inspect("--min-score", "2").err()).contains("--min-score must be from 0 to 1");
        Output unreachable = inspect("--endpoint", "http://127.0.0.1:1");
        assertThat(unreachable.code()).isNotZero();
        assertThat(unreachable.err()).contains("cannot reach AgentCore Memory at http://127.0.0.1:1").contains("./ac4j up");
    }
}
