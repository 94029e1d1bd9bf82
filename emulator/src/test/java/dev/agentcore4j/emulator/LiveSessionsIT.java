package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;

/** The twin-only {@code GET /_twin/sessions}: live sessions with their ping status and lifecycle numbers. */
class LiveSessionsIT {

    static TwinFixture fixture;
    static String arn;

    @BeforeAll
    static void start() {
        fixture = new TwinFixture();
        arn = fixture.createReady("live_listed").agentRuntimeArn();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void an_idle_session_is_listed_healthy_with_its_version_and_lifecycle() throws Exception {
        String session = TwinFixture.session("listed");
        fixture.invoke(arn, session, "{\"op\":\"count\"}");

        JsonNode listed = find(session);
        assertThat(listed.path("status").asText()).isEqualTo("Healthy");
        assertThat(listed.path("runtimeArn").asText()).isEqualTo(arn);
        assertThat(listed.path("version").asText()).isEqualTo("1");
        assertThat(listed.path("idleTimeoutSeconds").asInt()).isEqualTo(900);
        assertThat(listed.path("maxLifetimeSeconds").asInt()).isEqualTo(28800);
        assertThat(listed.path("startedAt").asText()).isNotBlank();

        fixture.data.stopRuntimeSession(b -> b.agentRuntimeArn(arn).runtimeSessionId(session));
        assertThat(sessions()).noneMatch(s -> s.path("sessionId").asText().equals(session));
    }

    @Test
    void a_session_with_an_invocation_in_flight_is_listed_healthy_busy() throws Exception {
        String session = TwinFixture.session("inflight");
        CompletableFuture<String> stream = CompletableFuture.supplyAsync(() -> {
            try (InputStream body = fixture.data.invokeAgentRuntime(b -> b.agentRuntimeArn(arn)
                    .runtimeSessionId(session).accept("text/event-stream")
                    .payload(SdkBytes.fromUtf8String("{\"op\":\"gated-stream\"}")))) {
                return new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            JsonNode listed = awaitListed(session);
            assertThat(listed.path("status").asText()).isEqualTo("HealthyBusy");
            assertThat(listed.path("idleSeconds").asLong()).isZero();
        } finally {
            TestAgent.GATE.release();
        }
        assertThat(stream.get(20, TimeUnit.SECONDS)).contains("second");
    }

    @Test
    void only_get_is_served() throws Exception {
        var response = fixture.raw("POST", "/_twin/sessions", "{}");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("GET only");
    }

    private static JsonNode awaitListed(String session) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (JsonNode s : sessions()) {
                if (s.path("sessionId").asText().equals(session)) {
                    return s;
                }
            }
            TwinFixture.sleep(20);
        }
        throw new AssertionError("session " + session + " was never listed");
    }

    private static JsonNode find(String session) throws Exception {
        for (JsonNode s : sessions()) {
            if (s.path("sessionId").asText().equals(session)) {
                return s;
            }
        }
        throw new AssertionError("session " + session + " is not listed: " + sessions());
    }

    private static JsonNode sessions() throws Exception {
        var response = fixture.raw("GET", "/_twin/sessions", "");
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body()).path("sessions");
    }
}
