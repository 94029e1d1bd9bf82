package dev.agentcore4j.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateAgentRuntimeResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetAgentRuntimeResponse;

/** A twin on port 0 in a temporary directory, and the official AWS SDK clients pointed at it. */
final class TwinFixture implements AutoCloseable {

    static final String IN_PROCESS_URI = "public.ecr.aws/agentcore4j/test-agent:in-process";
    static final String PROCESS_URI = "123456789012.dkr.ecr.us-east-1.amazonaws.com/test-agent:process";
    static final String ROLE = "arn:aws:iam::123456789012:role/AgentRole";

    static {
        // The twin, the agents and robaho log at INFO; tests read failures, not progress.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    final Path dataDir;
    final UnaryOperator<TwinConfig.Builder> settings;
    Twin twin;
    BedrockAgentCoreControlClient control;
    BedrockAgentCoreClient data;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    TwinFixture() {
        this(b -> b);
    }

    TwinFixture(UnaryOperator<TwinConfig.Builder> settings) {
        try {
            this.dataDir = Files.createTempDirectory("twin-test");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.settings = settings;
        start();
    }

    /** Starts (or restarts) the twin on the same data directory. */
    void start() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        TwinConfig.Builder builder = TwinConfig.builder().port(0).dataDir(dataDir)
                .image(IN_PROCESS_URI, AgentImage.inProcess(TestAgent::handler))
                .image(PROCESS_URI, AgentImage.command(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                        "-cp", System.getProperty("java.class.path"), TestAgent.class.getName())));
        twin = Twin.start(settings.apply(builder).build());
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCAL", "local-secret"));
        control = BedrockAgentCoreControlClient.builder().region(Region.US_EAST_1).endpointOverride(twin.endpoint())
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        data = BedrockAgentCoreClient.builder().region(Region.US_EAST_1).endpointOverride(twin.endpoint())
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    void restart() {
        stop();
        start();
    }

    /** Creates a runtime on the in-process test agent and waits until it is READY. */
    CreateAgentRuntimeResponse createReady(String name) {
        return createReady(name, IN_PROCESS_URI);
    }

    CreateAgentRuntimeResponse createReady(String name, String containerUri) {
        CreateAgentRuntimeResponse created = control.createAgentRuntime(b -> b.agentRuntimeName(name)
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(containerUri)))
                .roleArn(ROLE).networkConfiguration(n -> n.networkMode("PUBLIC")));
        awaitStatus(created.agentRuntimeId(), AgentRuntimeStatus.READY);
        return created;
    }

    GetAgentRuntimeResponse awaitStatus(String runtimeId, AgentRuntimeStatus status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        GetAgentRuntimeResponse response;
        do {
            response = control.getAgentRuntime(b -> b.agentRuntimeId(runtimeId));
            if (response.status() == status) {
                return response;
            }
            sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("runtime " + runtimeId + " stayed " + response.status() + ", expected " + status);
    }

    /** Invokes through the SDK and returns the body as text. */
    String invoke(String arn, String sessionId, String payload) {
        return data.invokeAgentRuntimeAsBytes(b -> b.agentRuntimeArn(arn).runtimeSessionId(sessionId)
                .payload(SdkBytes.fromUtf8String(payload))).asUtf8String();
    }

    /** A raw request, for what the SDKs hide (headers, absent members). */
    HttpResponse<String> raw(String method, String rawPath, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(twin.endpoint() + rawPath))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String session(String tag) {
        return (tag + "-session-0123456789abcdef0123456789abcdef").substring(0, 40);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
        control.close();
        data.close();
        twin.close();
    }

    @Override
    public void close() {
        stop();
        http.close();
    }
}
