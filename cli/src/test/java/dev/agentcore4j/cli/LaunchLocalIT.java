package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.emulator.Twin;
import dev.agentcore4j.emulator.TwinConfig;
import dev.agentcore4j.memory.MemorySettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcore.model.InvokeAgentRuntimeResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntime;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemorySummary;

/**
 * The local deploy flow end to end against a twin started in this JVM: configure → launch --local →
 * invoke → recall in a new session → launch again → status → logs → destroy (keeping, then deleting the
 * memory), checked through the twin's control plane with the SDK.
 */
class LaunchLocalIT {

    private static final String SESSION = "launch-it-session-00000000000000000001";

    @TempDir
    Path home;

    @Test
    void launch_local_deploys_updates_and_destroys_a_runtime_on_the_twin() throws Exception {
        try (Twin twin = twin();
             BedrockAgentCoreControlClient control = AwsClients.control(Optional.of(twin.endpoint()), Region.US_EAST_1);
             BedrockAgentCoreClient data = AwsClients.data(Optional.of(twin.endpoint()), Region.US_EAST_1)) {
            String endpoint = twin.endpoint().toString();
            String file = home.resolve(".ac4j/deploy.json").toString();
            List<String> target = List.of("--endpoint", endpoint, "--home", home.toString(), "--file", file);

            assertThat(run("configure", "--name", "launch_it", "--idle-timeout", "120", "--max-lifetime", "600",
                    "--file", file).code).isZero();

            Output first = run(with("launch", "--local", target));
            assertThat(first.code).as(first.err).isZero();
            assertThat(first.err).contains("linux/arm64").contains("base scratch").contains("READY")
                    .contains("Creating memory launch_it_memory").contains("memory ACTIVE");
            // The memory was made through the twin's control plane, with up's three strategies, before the runtime.
            String memoryId = onlyMemory(control, "launch_it_memory");
            var memory = control.getMemory(b -> b.memoryId(memoryId)).memory();
            assertThat(memory.status()).isEqualTo(MemoryStatus.ACTIVE);
            assertThat(memory.eventExpiryDuration()).isEqualTo(30);
            assertThat(memory.strategies()).extracting(s -> s.typeAsString())
                    .containsExactlyInAnyOrder("SEMANTIC", "USER_PREFERENCE", "SUMMARIZATION");
            assertThat(first.err).containsSubsequence("memory ACTIVE", "Creating runtime launch_it");
            AgentRuntime runtime = only(control, "launch_it");
            assertThat(runtime.status()).isEqualTo(AgentRuntimeStatus.READY);
            assertThat(runtime.agentRuntimeVersion()).isEqualTo("1");
            assertThat(first.out).contains(runtime.agentRuntimeArn())
                    .contains("/runtimes/" + runtime.agentRuntimeArn().replace(":", "%3A").replace("/", "%2F") + "/invocations")
                    .contains("AGENT_RUNTIME_ARN=" + runtime.agentRuntimeArn())
                    .contains("AWS_ENDPOINT_URL_BEDROCK_AGENTCORE=" + endpoint);
            var details = control.getAgentRuntime(b -> b.agentRuntimeId(runtime.agentRuntimeId()));
            assertThat(details.agentRuntimeArtifact().containerConfiguration().containerUri())
                    .matches("123456789012\\.dkr\\.ecr\\.us-east-1\\.amazonaws\\.com/agentcore4j/launch-it:[0-9a-f]{12}");
            assertThat(details.lifecycleConfiguration().idleRuntimeSessionTimeout()).isEqualTo(120);
            assertThat(details.lifecycleConfiguration().maxLifetime()).isEqualTo(600);
            assertThat(details.networkConfiguration().networkModeAsString()).isEqualTo("PUBLIC");
            assertThat(details.environmentVariables()).containsExactlyInAnyOrderEntriesOf(Map.of("AC4J_MODEL", "offline",
                    "AC4J_MEMORY_ID", memoryId, "AC4J_MEMORY_ENDPOINT", endpoint,
                    "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local"));
            assertThat(first.out).contains("memory        " + memoryId);
            assertThat(home.resolve(".ac4j/build/launch_it.tar")).isNotEmptyFile();
            assertThat(Files.readString(home.resolve("twin/images.json")))
                    .contains(details.agentRuntimeArtifact().containerConfiguration().containerUri())
                    .contains(Main.class.getName());

            Output answer = run("invoke", "--endpoint", endpoint, "--runtime", "launch_it", "--session", SESSION,
                    "What", "is", "the", "weather", "in", "Tokyo?");
            assertThat(answer.code).as(answer.err).isZero();
            assertThat(answer.out).contains("Tokyo");

            // The launched agent remembers: told in one session, asked in a fresh one (a new agent process).
            JsonNode told = ask(data, runtime.agentRuntimeArn(), "launch-it-told-" + UUID.randomUUID(), "My name is Grace");
            assertThat(told.path("memory").path("recorded").asBoolean()).as(told.toString()).isTrue();
            MemoryTwinFixture.await(() -> !data.listMemoryRecords(b -> b.memoryId(memoryId)
                    .namespace("/users/default_actor/facts")).memoryRecordSummaries().isEmpty(), "the fact to be extracted");
            JsonNode asked = ask(data, runtime.agentRuntimeArn(), "launch-it-asked-" + UUID.randomUUID(), "What is my name?");
            assertThat(asked.path("response").asText()).as(asked.toString()).contains("Grace");
            assertThat(asked.path("memory").path("recalled").toString()).contains("Grace");

            Output second = run(with("launch", "--local", target));
            assertThat(second.code).as(second.err).isZero();
            assertThat(second.err).contains("Updating runtime launch_it").contains("Using memory launch_it_memory (" + memoryId + ")")
                    .doesNotContain("Creating memory");
            assertThat(onlyMemory(control, "launch_it_memory")).isEqualTo(memoryId); // a rerun makes no second memory
            assertThat(only(control, "launch_it").agentRuntimeVersion()).isEqualTo("2");

            Output status = run(with("status", target));
            assertThat(status.out).contains("launch_it  READY  (version 2)").contains("DEFAULT").contains("memory     " + memoryId);
            assertThat(status.out.lines().filter(l -> l.matches("\\s+[12]\\s+READY.*"))).hasSize(2);

            Output logs = run(with("logs", target));
            assertThat(logs.code).as(logs.err).isZero();
            assertThat(logs.out).contains("==> " + SESSION + ".log <==");

            Output unconfirmed = run(with("destroy", target));
            assertThat(unconfirmed.code).isNotZero();
            assertThat(unconfirmed.err).contains("--yes");
            assertThat(only(control, "launch_it")).isNotNull();

            Output destroyed = run(with("destroy", "--yes", target));
            assertThat(destroyed.code).as(destroyed.err).isZero();
            assertThat(destroyed.err).contains("Kept memory launch_it_memory (--delete-memory)");
            assertThat(control.listAgentRuntimesPaginator(b -> b.maxResults(100)).agentRuntimes())
                    .noneMatch(r -> r.agentRuntimeName().equals("launch_it"));
            assertThat(run(with("status", target)).err).contains("no runtime named 'launch_it'").contains("launch --local");
            assertThat(onlyMemory(control, "launch_it_memory")).isEqualTo(memoryId);

            Output unconfirmedMemory = run(with("destroy", "--delete-memory", target));
            assertThat(unconfirmedMemory.err).contains("this deletes memory " + memoryId + " with everything it remembers")
                    .contains("--yes");
            Output forgotten = run(with("destroy", "--yes", "--delete-memory", target));
            assertThat(forgotten.code).as(forgotten.err).isZero();
            assertThat(forgotten.out).contains("Deleted memory " + memoryId);
            MemoryTwinFixture.await(() -> memories(control, "launch_it_memory").isEmpty(), "the memory to be deleted");
        }
    }

    @Test
    void memory_none_makes_no_memory_and_an_unknown_or_malformed_memory_id_is_refused_before_the_runtime() throws Exception {
        try (Twin twin = twin();
             BedrockAgentCoreControlClient control = AwsClients.control(Optional.of(twin.endpoint()), Region.US_EAST_1)) {
            String file = home.resolve(".ac4j/deploy.json").toString();
            List<String> target = List.of("--endpoint", twin.endpoint().toString(), "--home", home.toString(), "--file", file);

            Files.createDirectories(home.resolve(".ac4j"));
            Files.writeString(Path.of(file), """
                    {"name": "forgetful", "region": "us-east-1", "model": "offline", "auth": "iam", "network": "public",
                     "idle-timeout": 900, "max-lifetime": 28800, "memory": "not a memory"}""");
            Output malformed = run(with("launch", "--local", target));
            assertThat(malformed.code).isNotZero();
            assertThat(malformed.err).contains("memory 'not a memory' is neither auto, none nor a memory id")
                    .contains("./ac4j configure");
            assertThat(home.resolve(".ac4j/build")).doesNotExist();
            Files.delete(Path.of(file));

            assertThat(run("configure", "--name", "forgetful", "--memory", "gone_memory-A1b2C3d4E5", "--file", file).code).isZero();
            Output unknown = run(with("launch", "--local", target));
            assertThat(unknown.code).isNotZero();
            assertThat(unknown.err).contains("memory gone_memory-A1b2C3d4E5 does not exist in the twin at " + twin.endpoint())
                    .contains("--memory auto");
            assertThat(control.listAgentRuntimes(b -> { }).agentRuntimes()).isEmpty();
            assertThat(home.resolve(".ac4j/build")).doesNotExist(); // refused before the image was built

            assertThat(run("configure", "--memory", "none", "--file", file).code).isZero();
            Output launched = run(with("launch", "--local", target));
            assertThat(launched.code).as(launched.err).isZero();
            assertThat(launched.err).contains("No memory (memory none)");
            assertThat(launched.out).contains("memory        none");
            assertThat(control.listMemories(b -> { }).memories()).isEmpty();
            var runtime = control.getAgentRuntime(b -> b.agentRuntimeId(only(control, "forgetful").agentRuntimeId()));
            assertThat(runtime.environmentVariables()).containsExactlyEntriesOf(Map.of("AC4J_MODEL", "offline"));
            assertThat(run(with("status", target)).out).contains("memory     none");
            assertThat(run(with("destroy", "--yes", "--delete-memory", target)).err)
                    .contains("--delete-memory: the config says memory none");
        }
    }

    @Test
    void launch_refuses_a_non_loopback_endpoint_or_no_target_and_checks_the_twin_before_building() {
        assertThat(run("launch", "--local", "--name", "a", "--endpoint", "http://example.com:8790",
                "--file", home.resolve("none.json").toString()).err).contains("not a local twin").contains("--aws");
        assertThat(run("launch", "--name", "a", "--file", home.resolve("none.json").toString()).err)
                .contains("say where to launch: --local").contains("--aws");
        Output noTwin = run("launch", "--local", "--name", "a", "--endpoint", "http://127.0.0.1:1",
                "--home", home.toString(), "--file", home.resolve("none.json").toString());
        assertThat(noTwin.err).contains("cannot reach the twin at http://127.0.0.1:1").contains("./ac4j up");
        assertThat(home.resolve("build")).doesNotExist(); // checked before the image is built
    }

    /** A twin whose memories settle in 50 ms and extract 200 ms after a session's last event. */
    private Twin twin() {
        return Twin.start(TwinConfig.builder().port(0).dataDir(home.resolve("twin"))
                .memory(MemorySettings.builder().statusDelay(Duration.ofMillis(50)).extractionDelay(Duration.ofMillis(200)).build())
                .build());
    }

    private static JsonNode ask(BedrockAgentCoreClient data, String arn, String session, String prompt) throws Exception {
        try (ResponseInputStream<InvokeAgentRuntimeResponse> response = data.invokeAgentRuntime(b -> b.agentRuntimeArn(arn)
                .qualifier("DEFAULT").runtimeSessionId(session).contentType("application/json").accept("application/json")
                .payload(SdkBytes.fromUtf8String(MemoryTwinFixture.JSON.createObjectNode().put("prompt", prompt).toString())))) {
            return MemoryTwinFixture.JSON.readTree(response.readAllBytes());
        }
    }

    private static List<String> memories(BedrockAgentCoreControlClient control, String name) {
        return control.listMemoriesPaginator(b -> b.maxResults(100)).memories().stream()
                .map(MemorySummary::id).filter(id -> id.startsWith(name + "-")).toList();
    }

    private static String onlyMemory(BedrockAgentCoreControlClient control, String name) {
        List<String> matching = memories(control, name);
        assertThat(matching).as("memories named " + name).hasSize(1);
        return matching.getFirst();
    }

    private static AgentRuntime only(BedrockAgentCoreControlClient control, String name) {
        List<AgentRuntime> matching = control.listAgentRuntimesPaginator(b -> b.maxResults(100)).agentRuntimes().stream()
                .filter(r -> r.agentRuntimeName().equals(name)).toList();
        assertThat(matching).as("runtimes named " + name).hasSize(1);
        return matching.getFirst();
    }

    private static String[] with(String command, List<String> rest) {
        return with(command, null, rest);
    }

    private static String[] with(String command, String flag, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(command));
        if (flag != null) {
            all.add(flag);
        }
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    private static String[] with(String command, String flag, String another, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(command, flag, another));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    private record Output(int code, String out, String err) {
    }

    private static Output run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var commandLine = Main.commandLine();
            commandLine.setErr(new java.io.PrintWriter(System.err, true));
            int code = commandLine.execute(args);
            return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
