package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.container.Engine;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcore.model.InvokeAgentRuntimeResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetAgentRuntimeResponse;

/**
 * {@code ac4j up} as a real process: it creates ac4j_demo_memory and gives demo_agent its id; a
 * session's agent process killed mid-conversation (a crash) comes back remembering, on both
 * engines; {@code memory inspect} shows what was kept.
 */
class UpMemoryIT {

    @TempDir
    Path home;

    @Test
    void demo_agent_remembers_across_a_killed_agent_process_and_memory_inspect_shows_it() throws Exception {
        Process up = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "up", "--port", "0", "--dashboard-port", "0", "--home", home.toString()))
                .redirectErrorStream(true).start();
        try {
            String[] summary = awaitSummary(up);
            URI endpoint = URI.create(summary[0]);
            String memoryId = summary[1];
            assertThat(memoryId).startsWith("ac4j_demo_memory-");
            try (BedrockAgentCoreControlClient control = AwsClients.control(Optional.of(endpoint), Region.US_EAST_1);
                 BedrockAgentCoreClient data = AwsClients.data(Optional.of(endpoint), Region.US_EAST_1)) {
                String id = DemoRuntime.find(control, DemoRuntime.NAME).orElseThrow();
                GetAgentRuntimeResponse runtime = control.getAgentRuntime(b -> b.agentRuntimeId(id));
                assertThat(runtime.environmentVariables()).containsEntry("AC4J_MEMORY_ID", memoryId)
                        .containsEntry("AC4J_MEMORY_ENDPOINT", endpoint.toString());
                for (Engine engine : Engine.values()) {
                    String session = "up-memory-" + engine.id() + "-" + UUID.randomUUID();
                    JsonNode told = ask(data, runtime.agentRuntimeArn(), session,
                            "{\"prompt\": \"My name is Grace\", \"engine\": \"" + engine.id() + "\"}");
                    assertThat(told.path("memory").path("recorded").asBoolean()).isTrue();

                    assertThat(killAgentProcesses(up)).as("agent processes killed").isPositive();

                    JsonNode asked = ask(data, runtime.agentRuntimeArn(), session,
                            "{\"prompt\": \"What is my name?\", \"engine\": \"" + engine.id() + "\"}");
                    assertThat(asked.path("engine").asText()).isEqualTo(engine.id());
                    assertThat(asked.path("response").asText()).contains("Grace");
                    assertThat(asked.path("memory").path("restored_messages").asInt()).isEqualTo(2);
                }
                MemoryTwinFixture.await(() -> !data.listMemoryRecords(b -> b.memoryId(memoryId)
                        .namespace("/users/default_actor/facts")).memoryRecordSummaries().isEmpty(), "extraction");
            }
            String inspected = inspect("--endpoint", endpoint.toString(), "--actor", "default_actor", "--query", "What is my name?");
            assertThat(inspected).contains("memory " + memoryId + "  ACTIVE  name ac4j_demo_memory  events expire after 30 days")
                    .contains("SEMANTIC").contains("/users/{actorId}/facts").contains("USER_PREFERENCE").contains("SUMMARIZATION")
                    .contains("    default_actor").contains("[user] My name is Grace")
                    .contains("/users/default_actor/facts").contains("- The user's name is Grace.")
                    .contains("query \"What is my name?\" as actor default_actor")
                    .containsPattern("\\d\\.\\d\\d  /users/default_actor/facts  The user's name is Grace\\.");
        } finally {
            up.destroy();
            assertThat(up.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** SIGKILL every {@code ac4j agent} process the twin started: what a crash of the microVM looks like. */
    private static int killAgentProcesses(Process up) throws Exception {
        // The up JVM starts no other Java process than the sessions' agents (the dashboard runs inside it).
        // Arguments are not always readable (a long class path), the executable is.
        List<ProcessHandle> agents = up.toHandle().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> a[a.length - 1].equals("agent")).orElse(true))
                .toList();
        for (ProcessHandle agent : agents) {
            agent.destroyForcibly();
            agent.onExit().get(30, TimeUnit.SECONDS);
        }
        return agents.size();
    }

    private static JsonNode ask(BedrockAgentCoreClient data, String arn, String session, String payload) throws Exception {
        try (ResponseInputStream<InvokeAgentRuntimeResponse> response = data.invokeAgentRuntime(b -> b.agentRuntimeArn(arn)
                .qualifier("DEFAULT").runtimeSessionId(session).contentType("application/json").accept("application/json")
                .payload(SdkBytes.fromUtf8String(payload)))) {
            return MemoryTwinFixture.JSON.readTree(response.readAllBytes());
        }
    }

    /** The twin's endpoint and the memory id from the summary {@code up} prints. */
    private static String[] awaitSummary(Process up) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8));
        Pattern twin = Pattern.compile("AgentCore twin\\s+(http://127\\.0\\.0\\.1:\\d+)");
        Pattern memory = Pattern.compile("^\\s+memory\\s+(\\S+)");
        String endpoint = null;
        StringBuilder seen = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher t = twin.matcher(line);
            if (t.find()) {
                endpoint = t.group(1);
            }
            Matcher m = memory.matcher(line);
            if (m.find() && endpoint != null) {
                Thread.ofVirtual().start(() -> lines.lines().forEach(l -> { })); // keep draining
                return new String[] {endpoint, m.group(1)};
            }
        }
        throw new AssertionError("ac4j up printed no memory line:\n" + seen);
    }

    private static String inspect(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 2];
            all[0] = "memory";
            all[1] = "inspect";
            System.arraycopy(args, 0, all, 2, args.length);
            int code = Main.commandLine().execute(all);
            assertThat(code).as(Arrays.toString(all) + " -> " + out.toString(StandardCharsets.UTF_8)).isZero();
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(stdout);
        }
    }
}
