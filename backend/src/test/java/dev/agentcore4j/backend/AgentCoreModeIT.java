package dev.agentcore4j.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.backend.BackendFixture.Response;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Agentcore mode and the runtimes page against a real twin in this JVM: turns go through the AWS
 * SDK's InvokeAgentRuntime, sessions end with StopRuntimeSession, live sessions come from the twin.
 */
class AgentCoreModeIT {

    static TwinFixture twin;
    static String demoArn;
    static BackendFixture backend;

    @BeforeAll
    static void start() {
        twin = new TwinFixture();
        demoArn = twin.createReady("demo_agent", dev.agentcore4j.emulator.TwinConfig.BUNDLED_AGENT_URI);
        twin.createReady("gated_agent", TwinFixture.GATED_URI);
        backend = new BackendFixture(b -> b.endpoint(twin.twin.endpoint()).runtimeArn(demoArn));
    }

    @AfterAll
    static void stop() {
        backend.close();
        twin.close();
    }

    @Test
    void a_runtime_arn_chooses_agentcore_mode_and_the_config_tells_the_browser_where_to_call() {
        JsonNode config = backend.get("/api/config").json();
        assertThat(config.path("mode").asText()).isEqualTo("agentcore");
        assertThat(config.path("endpoint").asText()).isEqualTo(twin.twin.endpoint().toString());
        assertThat(config.path("runtimeArn").asText()).isEqualTo(demoArn);
        assertThat(config.path("region").asText()).isEqualTo("us-east-1");
        assertThat(config.path("qualifier").asText()).isEqualTo("DEFAULT");
        assertThat(config.path("engines")).extracting(JsonNode::asText).containsExactly("strands", "langchain4j");
        assertThat(config.path("jwt").asBoolean()).isFalse();
    }

    @Test
    void a_turn_goes_through_invoke_agent_runtime_and_the_runtime_session_keeps_the_conversation() {
        String id = backend.newSession("{}");
        List<JsonNode> events = backend.sse("/api/sessions/" + id + "/messages", "{\"text\": \"What is the weather in Tokyo?\"}");
        assertThat(events).anyMatch(e -> e.path("type").asText().equals("tool_call")
                && e.path("name").asText().equals("get_current_weather"));
        assertThat(BackendFixture.text(events)).contains("Tokyo");
        JsonNode finished = events.getLast();
        assertThat(finished.path("type").asText()).isEqualTo("finished");
        assertThat(finished.path("mode").asText()).isEqualTo("agentcore");
        assertThat(finished.path("session_id").asText()).as("the backend's id is the runtime session id").isEqualTo(id);

        backend.sse("/api/sessions/" + id + "/messages", "{\"text\": \"My name is Alice.\"}");
        assertThat(BackendFixture.text(backend.sse("/api/sessions/" + id + "/messages", "{\"text\": \"What is my name?\"}")))
                .contains("Alice");

        JsonNode first = backend.get("/api/sessions/" + id).json().path("messages").get(1);
        assertThat(first.path("toolCalls").get(0).path("tool").asText()).isEqualTo("get_current_weather");
        assertThat(first.path("toolCalls").get(0).path("status").asText()).isEqualTo("success");
    }

    @Test
    void deleting_a_session_stops_its_runtime_session() {
        String id = backend.newSession("{}");
        backend.sse("/api/sessions/" + id + "/messages", "{\"text\": \"Hello\"}");
        JsonNode live = awaitSession("demo_agent", id, s -> true);
        assertThat(live.path("status").asText()).isEqualTo("Healthy");

        Response ended = backend.delete("/api/sessions/" + id);
        assertThat(ended.json().path("runtimeStop").asText()).isEqualTo("stopped");
        assertThat(session("demo_agent", id)).as("gone from the twin").isEmpty();

        String idle = backend.newSession("{}");
        assertThat(backend.delete("/api/sessions/" + idle).json().path("runtimeStop").asText())
                .as("no runtime session was ever started").isEqualTo("not_running");
    }

    @Test
    void runtimes_list_versions_endpoints_and_live_sessions_busy_or_healthy_and_one_can_be_stopped() throws Exception {
        String sessionId = "gated-session-0123456789abcdef0123456789";
        CompletableFuture<String> stream = CompletableFuture.supplyAsync(() -> {
            try (InputStream body = twin.data.invokeAgentRuntime(b -> b.agentRuntimeArn(
                    twin.twin.runtimeArn(runtimeId("gated_agent"))).runtimeSessionId(sessionId)
                    .accept("text/event-stream").payload(SdkBytes.fromUtf8String("{}")))) {
                return new String(body.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            JsonNode busy = awaitSession("gated_agent", sessionId, s -> s.path("status").asText().equals("HealthyBusy"));
            assertThat(busy.path("idleSeconds").asInt()).isZero();
            assertThat(busy.path("idleTimeoutSeconds").asInt()).isEqualTo(900);
            assertThat(busy.path("maxLifetimeSeconds").asInt()).isEqualTo(28800);
            assertThat(busy.path("version").asText()).isEqualTo("1");
            assertThat(busy.path("startedAt").asText()).endsWith("Z");
        } finally {
            TwinFixture.GATE.release();
        }
        assertThat(stream.get(30, TimeUnit.SECONDS)).contains("second");
        awaitSession("gated_agent", sessionId, s -> s.path("status").asText().equals("Healthy"));

        JsonNode listing = backend.get("/api/runtimes").json();
        assertThat(listing.path("sessionsSource").asText()).isEqualTo("twin");
        JsonNode gated = runtime(listing, "gated_agent");
        assertThat(gated.path("status").asText()).isEqualTo("READY");
        assertThat(gated.path("version").asText()).isEqualTo("1");
        assertThat(gated.path("versions").get(0).path("version").asText()).isEqualTo("1");
        assertThat(gated.path("versions").get(0).path("status").asText()).isEqualTo("READY");
        assertThat(gated.path("endpoints").get(0).path("name").asText()).isEqualTo("DEFAULT");
        assertThat(gated.path("endpoints").get(0).path("liveVersion").asText()).isEqualTo("1");

        Response stopped = backend.post("/api/runtimes/gated_agent/sessions/" + sessionId + "/stop", "");
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.json().path("stopped").asBoolean()).isTrue();
        assertThat(session("gated_agent", sessionId)).isEmpty();

        Response again = backend.post("/api/runtimes/gated_agent/sessions/" + sessionId + "/stop", "");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.errorMessage()).contains("no live session");
        assertThat(backend.post("/api/runtimes/no_such_agent/sessions/" + sessionId + "/stop", "").status()).isEqualTo(404);
        Response shortId = backend.post("/api/runtimes/gated_agent/sessions/short/stop", "");
        assertThat(shortId.status()).isEqualTo(400);
        assertThat(shortId.errorMessage()).contains("33 to 256 characters");
        assertThat(backend.get("/api/runtimes/gated_agent/sessions/" + sessionId + "/stop").status()).isEqualTo(405);
    }

    @Test
    void an_unreachable_endpoint_is_a_503_that_names_the_twin_and_the_turn_is_logged_as_failed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (BackendFixture nowhere = new BackendFixture(b -> b.endpoint("http://127.0.0.1:" + closedPort).runtimeArn(demoArn))) {
            String id = nowhere.newSession("{}");
            Response turn = nowhere.post("/api/sessions/" + id + "/messages", "{\"text\": \"Hello\"}");
            assertThat(turn.status()).isEqualTo(503);
            assertThat(turn.errorCode()).isEqualTo("upstream_unavailable");
            assertThat(turn.errorMessage()).contains("./ac4j up");
            JsonNode messages = nowhere.get("/api/sessions/" + id).json().path("messages");
            assertThat(messages.get(0).path("text").asText()).isEqualTo("Hello");
            assertThat(messages.get(1).path("failed").asText()).contains("cannot reach AgentCore");

            Response runtimes = nowhere.get("/api/runtimes");
            assertThat(runtimes.status()).isEqualTo(503);
            assertThat(nowhere.delete("/api/sessions/" + id).json().path("runtimeStop").asText()).startsWith("failed: ");
        }
    }

    private static String runtimeId(String name) {
        return runtime(backend.get("/api/runtimes").json(), name).path("id").asText();
    }

    private static JsonNode runtime(JsonNode listing, String name) {
        for (JsonNode runtime : listing.path("runtimes")) {
            if (runtime.path("name").asText().equals(name)) {
                return runtime;
            }
        }
        throw new AssertionError("runtime " + name + " is not listed: " + listing);
    }

    private static Optional<JsonNode> session(String runtime, String sessionId) {
        for (JsonNode session : runtime(backend.get("/api/runtimes").json(), runtime).path("sessions")) {
            if (session.path("sessionId").asText().equals(sessionId)) {
                return Optional.of(session);
            }
        }
        return Optional.empty();
    }

    private static JsonNode awaitSession(String runtime, String sessionId, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Optional<JsonNode> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            last = session(runtime, sessionId);
            if (last.isPresent() && condition.test(last.get())) {
                return last.get();
            }
            TwinFixture.sleep(20);
        }
        throw new AssertionError("session " + sessionId + " of " + runtime + " never matched; last seen " + last);
    }
}
