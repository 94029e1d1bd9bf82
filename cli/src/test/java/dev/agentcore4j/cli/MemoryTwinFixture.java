package dev.agentcore4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.container.AgentContainer;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.container.Engine;
import dev.agentcore4j.emulator.AgentImage;
import dev.agentcore4j.emulator.Twin;
import dev.agentcore4j.emulator.TwinConfig;
import dev.agentcore4j.memory.MemorySettings;
import dev.agentcore4j.memory.client.AgentMemory;
import dev.agentcore4j.memory.client.MemoryConfig;
import dev.agentcore4j.runtime.InvocationHandler;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcore.model.InvokeAgentRuntimeResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;

/**
 * The twin in this JVM with AgentCore Memory (statuses settle in 50 ms, extraction 200 ms after a
 * session's last event) and the bundled agent, one image per engine, served in process with memory
 * on: every session is a fresh container instance, as a new microVM would be. Clients are the
 * official AWS SDK's.
 */
final class MemoryTwinFixture implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final Twin twin;
    final BedrockAgentCoreControlClient control;
    final BedrockAgentCoreClient data;
    final String memoryId;
    private final AtomicReference<String> memory = new AtomicReference<>();

    MemoryTwinFixture(Path dir, UnaryOperator<MemorySettings.Builder> settings) throws InterruptedException {
        ToolsConfig tools = ToolsConfig.defaults().dataDir(dir.resolve("data")).semanticSearch(false);
        TwinConfig.Builder config = TwinConfig.builder().port(0).dataDir(dir.resolve("twin"))
                .memory(settings.apply(MemorySettings.builder().statusDelay(Duration.ofMillis(50))
                        .extractionDelay(Duration.ofMillis(200))).build());
        for (Engine engine : Engine.values()) {
            config.image(imageUri(engine), AgentImage.inProcess(() -> handler(engine, tools)));
        }
        twin = Twin.start(config.build());
        control = AwsClients.control(Optional.of(twin.endpoint()), Region.US_EAST_1);
        data = AwsClients.data(Optional.of(twin.endpoint()), Region.US_EAST_1);
        memoryId = DemoMemory.ensure(control, "it_memory");
        memory.set(memoryId);
    }

    static String imageUri(Engine engine) {
        return "public.ecr.aws/agentcore4j/memory-it-" + engine.id() + ":1";
    }

    /** A fresh container instance: memory on, pointing at this twin. */
    private InvocationHandler handler(Engine engine, ToolsConfig tools) {
        MemoryConfig config = MemoryConfig.of(memory.get()).withEndpoint(twin.endpoint())
                .withRegion(Optional.of("us-east-1")).withCredentials(AwsClients.LOCAL);
        return AgentContainer.handler(ContainerConfig.defaults().withEngine(engine)
                .withTools(() -> SeedTools.create(tools)).withMemory(AgentMemory.agentCore(config)));
    }

    /** A READY runtime on the engine's image; its ARN. */
    String runtime(Engine engine) {
        String id = control.createAgentRuntime(b -> b.agentRuntimeName("memory_it_" + engine.id())
                .roleArn("arn:aws:iam::123456789012:role/AgentRole").networkConfiguration(n -> n.networkMode("PUBLIC"))
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(imageUri(engine)))))
                .agentRuntimeId();
        await(() -> control.getAgentRuntime(b -> b.agentRuntimeId(id)).status() == AgentRuntimeStatus.READY, "runtime READY");
        return control.getAgentRuntime(b -> b.agentRuntimeId(id)).agentRuntimeArn();
    }

    /** InvokeAgentRuntime with a JSON payload; the whole answer. */
    String invoke(String arn, String session, String accept, String payload) {
        try (ResponseInputStream<InvokeAgentRuntimeResponse> response = data.invokeAgentRuntime(b -> b.agentRuntimeArn(arn)
                .qualifier("DEFAULT").runtimeSessionId(session).contentType("application/json").accept(accept)
                .payload(SdkBytes.fromUtf8String(payload)))) {
            return new String(response.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode ask(String arn, String session, String payload) {
        try {
            return JSON.readTree(invoke(arn, session, "application/json", payload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop(String arn, String session) {
        data.stopRuntimeSession(b -> b.agentRuntimeArn(arn).qualifier("DEFAULT").runtimeSessionId(session));
    }

    /** How many records the memory holds under a namespace (prefix). */
    int records(String namespace) {
        return data.listMemoryRecords(b -> b.memoryId(memoryId).namespace(namespace).maxResults(100)).memoryRecordSummaries().size();
    }

    /** Waits (bounded, 30 s) for a condition the twin reaches on its own, e.g. extraction having run. */
    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    @Override
    public void close() {
        control.close();
        data.close();
        twin.close();
    }
}
