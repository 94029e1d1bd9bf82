package dev.agentcore4j.backend;

import dev.agentcore4j.container.AgentContainer;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.emulator.AgentImage;
import dev.agentcore4j.emulator.Twin;
import dev.agentcore4j.emulator.TwinConfig;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;

/**
 * The twin as {@code ./ac4j up} runs it, for tests: the bundled agent in process with the seed tools,
 * on port 0 in a temporary directory, and runtimes created through the official SDK. Shared with
 * dashboard's tests through backend's test-jar.
 */
public final class BundledAgentTwin {

    private BundledAgentTwin() {
    }

    /** A fresh temporary directory named {@code prefix…}. */
    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    /** The bundled agent's configuration: seed tools under {@code dir/tools}, semantic search off. */
    public static ContainerConfig agent(Path dir) {
        return ContainerConfig.defaults()
                .withTools(() -> SeedTools.create(ToolsConfig.defaults().dataDir(dir.resolve("tools")).semanticSearch(false)));
    }

    /** A twin on port 0 with data under {@code dir/twin} and {@code agent} as the bundled image; add images, build, start. */
    public static TwinConfig.Builder twin(Path dir, ContainerConfig agent) {
        return TwinConfig.builder().port(0).dataDir(dir.resolve("twin"))
                .image(TwinConfig.BUNDLED_AGENT_URI, AgentImage.inProcess(() -> AgentContainer.handler(agent)));
    }

    /** The control-plane client for {@code twin}, with local credentials. */
    public static BedrockAgentCoreControlClient control(Twin twin) {
        return BedrockAgentCoreControlClient.builder().region(Region.US_EAST_1).endpointOverride(twin.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /** Creates a runtime on {@code containerUri} with {@code role} and waits (up to 30 s) until it is READY; returns its ARN. */
    public static String createReady(BedrockAgentCoreControlClient control, String name, String containerUri, String role) {
        return createReady(control, name, containerUri, role, Map.of());
    }

    /** Like {@link #createReady(BedrockAgentCoreControlClient, String, String, String)}, with the runtime's environment variables. */
    public static String createReady(BedrockAgentCoreControlClient control, String name, String containerUri, String role,
            Map<String, String> environment) {
        var created = control.createAgentRuntime(b -> b.agentRuntimeName(name).roleArn(role)
                .environmentVariables(environment.isEmpty() ? null : environment)
                .networkConfiguration(n -> n.networkMode("PUBLIC"))
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(containerUri))));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var runtime = control.getAgentRuntime(b -> b.agentRuntimeId(created.agentRuntimeId()));
            if (runtime.status() == AgentRuntimeStatus.READY) {
                return runtime.agentRuntimeArn();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while runtime " + name + " was starting", e);
            }
        }
        throw new AssertionError("runtime " + name + " never became READY");
    }
}
