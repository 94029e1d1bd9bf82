package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcore.model.Event;
import software.amazon.awssdk.services.bedrockagentcore.model.Role;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStrategyInput;

/**
 * Acknowledged Memory writes survive {@code kill -9}: the twin runs as a process of its own
 * ({@code LocalTwin}'s main) on a data directory, is killed with SIGKILL right after CreateEvent
 * answered, and started again on the same directory. Extraction that was due when it died runs
 * after the restart.
 */
class MemoryDurabilityIT {

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void kill() {
        processes.forEach(Process::destroyForcibly);
    }

    record Running(Process process, URI endpoint, BedrockAgentCoreControlClient control, BedrockAgentCoreClient data)
            implements AutoCloseable {
        @Override
        public void close() {
            control.close();
            data.close();
        }
    }

    private Running start(Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                LocalTwin.class.getName(), "--port", "0", "--data-dir", dataDir.toString(),
                "--memory-extraction-delay-ms", "3000")
                .redirectError(dataDir.resolveSibling(dataDir.getFileName() + "-" + processes.size() + ".log").toFile())
                .start();
        processes.add(process);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(60, TimeUnit.SECONDS);
        assertThat(line).as("the twin's first line").startsWith("endpoint=");
        URI endpoint = URI.create(line.substring("endpoint=".length()));
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        return new Running(process, endpoint,
                BedrockAgentCoreControlClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
                        .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build(),
                BedrockAgentCoreClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
                        .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build());
    }

    private static void killHard(Running twin) throws InterruptedException {
        twin.close();
        twin.process().destroyForcibly();
        assertThat(twin.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(twin.process().exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    @Test
    void acknowledged_events_survive_kill_9_and_due_extraction_runs_after_the_restart() throws Exception {
        Path dataDir = Files.createTempDirectory("memory-kill9").resolve("twin");
        String memoryId;
        List<Event> acknowledged = new ArrayList<>();
        try (Running first = start(dataDir)) {
            memoryId = first.control().createMemory(b -> b.name("durable").eventExpiryDuration(30)
                    .memoryStrategies(MemoryStrategyInput.builder().userPreferenceMemoryStrategy(s -> s.name("likes")
                            .namespaces("/users/{actorId}")).build())).memory().id();
            MemoryFixture.await(() -> first.control().getMemory(b -> b.memoryId(memoryId)).memory().status()
                    == MemoryStatus.ACTIVE, "the memory to become ACTIVE");
            for (int i = 0; i < 20; i++) {
                String text = i == 0 ? "I love green tea" : "message " + i;
                acknowledged.add(first.data().createEvent(b -> b.memoryId(memoryId).actorId("taro").sessionId("s1")
                        .eventTimestamp(Instant.now()).payload(MemoryFixture.message(Role.USER, text))).event());
            }
            assertThat(first.data().listMemoryRecords(b -> b.memoryId(memoryId).namespace("/users/taro"))
                    .memoryRecordSummaries()).as("extraction is not due yet").isEmpty();
            killHard(first);
        }

        try (Running second = start(dataDir)) {
            List<Event> listed = second.data().listEvents(b -> b.memoryId(memoryId).actorId("taro").sessionId("s1"))
                    .events();
            assertThat(listed).extracting(Event::eventId)
                    .containsExactlyElementsOf(acknowledged.reversed().stream().map(Event::eventId).toList());
            assertThat(second.control().getMemory(b -> b.memoryId(memoryId)).memory().status())
                    .isEqualTo(MemoryStatus.ACTIVE);
            MemoryFixture.await(() -> !second.data().listMemoryRecords(b -> b.memoryId(memoryId)
                    .namespace("/users/taro")).memoryRecordSummaries().isEmpty(), "extraction after the restart");
            assertThat(second.data().retrieveMemoryRecords(b -> b.memoryId(memoryId).namespace("/users/taro")
                    .searchCriteria(c -> c.searchQuery("What does the user drink?"))).memoryRecordSummaries())
                    .extracting(r -> r.content().text()).contains("The user loves green tea.");
            second.process().destroy();
            assertThat(second.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
