package dev.agentcore4j.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.backend.BackendApi;
import dev.agentcore4j.backend.BackendConfig;
import dev.agentcore4j.backend.BundledAgentTwin;
import dev.agentcore4j.container.AgentContainer;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.emulator.AgentImage;
import dev.agentcore4j.emulator.Twin;
import dev.agentcore4j.emulator.TwinConfig;
import dev.agentcore4j.model.offline.OfflineModel;
import dev.agentcore4j.runtime.EventSink;
import dev.agentcore4j.runtime.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * What {@code ./ac4j up} runs, on port 0 in a temporary directory: a real twin with the bundled
 * agent in process (runtime {@code demo_agent}, created through the official SDK), a second runtime
 * {@code slow_agent} whose model is paced so a turn can be stopped, {@code odd_agent} that streams
 * what the bundled agent does not (memory events, unknown kinds), an image of the bundled agent
 * configured by its runtime's environment variables, the backend in agentcore mode
 * pointing at the twin and {@code demo_agent}, and the dashboard serving both.
 */
final class DashboardStack implements AutoCloseable {

    static final String PACED_URI = "public.ecr.aws/agentcore4j/agent:paced";
    /** An agent of another shape: memory events, an error tool result, kinds the dashboard does not know, markup. */
    static final String ODD_URI = "public.ecr.aws/agentcore4j/odd-agent:test";
    /** The bundled agent configured from its runtime's environment variables, as the image is. */
    static final String FROM_ENV_URI = "public.ecr.aws/agentcore4j/agent:from-env";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ROLE = "arn:aws:iam::123456789012:role/AgentCore4JDashboardTest";

    static {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    final Path dir;
    final Twin twin;
    final PacedModel paced = new PacedModel(new OfflineModel(), Duration.ofMillis(120));
    final String demoArn;
    final String slowArn;
    final String oddArn;
    final BackendApi backend;
    final DashboardServer dashboard;
    final BedrockAgentCoreControlClient control;
    private final HttpClient http = HttpClient.newHttpClient();

    DashboardStack() {
        dir = BundledAgentTwin.tempDir("dashboard-it");
        ContainerConfig agent = BundledAgentTwin.agent(dir);
        twin = Twin.start(BundledAgentTwin.twin(dir, agent)
                .image(PACED_URI, AgentImage.inProcess(() -> AgentContainer.handler(agent.withModel(paced))))
                .image(FROM_ENV_URI, AgentImage.inProcessWithEnvironment(env -> AgentContainer.handler(
                        ContainerConfig.fromEnvironment(env).withTools(agent.tools()))))
                .image(ODD_URI, AgentImage.inProcess(() -> invocation -> Reply.stream(DashboardStack::oddEvents)))
                .build());
        control = BundledAgentTwin.control(twin);
        demoArn = BundledAgentTwin.createReady(control, "demo_agent", TwinConfig.BUNDLED_AGENT_URI, ROLE);
        slowArn = BundledAgentTwin.createReady(control, "slow_agent", PACED_URI, ROLE);
        oddArn = BundledAgentTwin.createReady(control, "odd_agent", ODD_URI, ROLE);
        backend = BackendApi.create(BackendConfig.builder().dataDir(dir.resolve("backend"))
                .endpoint(twin.endpoint()).runtimeArn(demoArn).build());
        dashboard = DashboardServer.start(DashboardConfig.defaults().withPort(0), backend::handle);
    }

    private static void oddEvents(EventSink sink) {
        sink.send(Map.of("type", "memory_recall", "actor_id", "default_actor", "query", "anything",
                "namespaces", List.of("/facts/default_actor"), "records", List.of(Map.of("record_id", "r-1",
                        "text", "Likes green tea", "score", 0.83, "namespace", "/facts/default_actor", "strategy_id", "facts"))));
        sink.send(Map.of("type", "memory_warning", "operation", "record", "message", "memory is unavailable"));
        sink.send(Map.of("type", "text_delta", "text", "Answer with <b id=\"injected\">markup</b> as text. "));
        sink.send(Map.of("type", "tool_call", "tool_use_id", "t1", "name", "calculate", "input", Map.of("expression", "1/0")));
        sink.send(Map.of("type", "tool_result", "tool_use_id", "t1", "name", "calculate", "status", "error",
                "content", List.of(Map.of("text", "division by zero")), "duration_ms", 2));
        sink.send(Map.of("type", "something_new", "html", "<img id=\"injected-image\" src=\"x\">"));
        sink.send("a frame that is a plain string");
        sink.send(Map.of("type", "error", "message", "the agent failed: Boom"));
    }

    String url(String path) {
        return dashboard.url().resolve(path).toString();
    }

    /** {@link #api(String)} parsed as JSON. */
    JsonNode apiJson(String path) {
        try {
            return JSON.readTree(api(path));
        } catch (IOException e) {
            throw new UncheckedIOException("GET /api" + path + " did not answer JSON: " + e.getMessage(), e);
        }
    }

    /** The backend's answer to a GET, read as the browser would, for checks behind the UI. */
    String api(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api" + path))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET /api" + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        dashboard.close();
        backend.close();
        control.close();
        twin.close();
        http.close();
    }
}
