package dev.agentcore4j.backend;

import dev.agentcore4j.emulator.AgentImage;
import dev.agentcore4j.emulator.Twin;
import dev.agentcore4j.runtime.Reply;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * A real twin on port 0 running the bundled agent in process (as {@code ./ac4j up} deploys it,
 * without a process per session), plus a gated agent whose stream waits for the test, and the SDK
 * clients to set them up.
 */
final class TwinFixture implements AutoCloseable {

    static final String GATED_URI = "public.ecr.aws/agentcore4j/gated-agent:test";
    static final String ROLE = "arn:aws:iam::123456789012:role/AgentCore4JTest";

    /** Released by a test to let the gated agent's stream finish. */
    static final Semaphore GATE = new Semaphore(0);

    final Path dir;
    final Twin twin;
    final BedrockAgentCoreControlClient control;
    final BedrockAgentCoreClient data;

    TwinFixture() {
        dir = BundledAgentTwin.tempDir("backend-twin");
        twin = Twin.start(BundledAgentTwin.twin(dir, BundledAgentTwin.agent(dir))
                .image(GATED_URI, AgentImage.inProcess(() -> invocation -> Reply.stream(sink -> {
                    sink.send("first");
                    if (!GATE.tryAcquire(30, TimeUnit.SECONDS)) {
                        sink.send("the gate never opened");
                    }
                    sink.send("second");
                })))
                .build());
        control = BundledAgentTwin.control(twin);
        data = BedrockAgentCoreClient.builder().region(Region.US_EAST_1).endpointOverride(twin.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /** Creates a runtime on {@code containerUri} and waits until it is READY; returns its ARN. */
    String createReady(String name, String containerUri) {
        return BundledAgentTwin.createReady(control, name, containerUri, ROLE);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        control.close();
        data.close();
        twin.close();
    }
}
