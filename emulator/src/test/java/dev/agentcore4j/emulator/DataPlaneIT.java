package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockagentcore.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcore.model.RuntimeClientErrorException;
import software.amazon.awssdk.services.bedrockagentcore.model.ValidationException;

/** InvokeAgentRuntime and StopRuntimeSession through the official data-plane client. */
class DataPlaneIT {

    static TwinFixture fixture;
    static String arn;
    static String id;

    @BeforeAll
    static void start() {
        fixture = new TwinFixture();
        var created = fixture.control.createAgentRuntime(b -> b.agentRuntimeName("data_plane")
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinFixture.IN_PROCESS_URI)))
                .roleArn(TwinFixture.ROLE).networkConfiguration(n -> n.networkMode("PUBLIC"))
                .requestHeaderConfiguration(h -> h.requestHeaderAllowlist("X-Amzn-Bedrock-AgentCore-Runtime-Custom-Team",
                        "x-api-key")));
        arn = created.agentRuntimeArn();
        id = created.agentRuntimeId();
        fixture.awaitStatus(id, software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus.READY);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void the_same_session_reaches_the_same_agent_and_another_session_never_does() throws Exception {
        String a = TwinFixture.session("same-a");
        String b = TwinFixture.session("same-b");
        assertThat(json(fixture.invoke(arn, a, "{\"op\":\"count\"}")).path("count").asInt()).isEqualTo(1);
        assertThat(json(fixture.invoke(arn, a, "{\"op\":\"count\"}")).path("count").asInt()).isEqualTo(2);
        JsonNode other = json(fixture.invoke(arn, b, "{\"op\":\"count\"}"));
        assertThat(other.path("count").asInt()).isEqualTo(1);
        assertThat(other.path("instance").asText())
                .isNotEqualTo(json(fixture.invoke(arn, a, "{\"op\":\"count\"}")).path("instance").asText());
    }

    @Test
    void the_response_echoes_the_session_id_and_carries_the_agents_content_type() {
        String session = TwinFixture.session("echo");
        var response = fixture.data.invokeAgentRuntimeAsBytes(b -> b.agentRuntimeArn(arn).runtimeSessionId(session)
                .payload(SdkBytes.fromUtf8String("{\"op\":\"count\"}")));
        assertThat(response.response().runtimeSessionId()).isEqualTo(session);
        assertThat(response.response().contentType()).startsWith("application/json");
        assertThat(response.response().statusCode()).isEqualTo(200);
    }

    @Test
    void a_runtime_id_with_account_id_and_a_version_qualifier_reach_the_runtime() throws Exception {
        String session = TwinFixture.session("by-id");
        HttpResponse<String> response = fixture.raw("POST", "/runtimes/" + id
                + "/invocations?accountId=123456789012&qualifier=1", "{\"op\":\"count\"}",
                "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id", session);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).path("count").asInt()).isEqualTo(1);

        HttpResponse<String> noAccount = fixture.raw("POST", "/runtimes/" + id + "/invocations", "{}");
        assertThat(noAccount.statusCode()).isEqualTo(400);
        assertThat(noAccount.headers().firstValue("x-amzn-ErrorType")).hasValue("ValidationException");
    }

    @Test
    void a_missing_session_id_is_generated_and_echoed() throws Exception {
        String path = "/runtimes/" + URLEncoder.encode(arn, StandardCharsets.UTF_8) + "/invocations";
        HttpResponse<String> response = fixture.raw("POST", path, "{\"op\":\"count\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Amzn-Bedrock-AgentCore-Runtime-Session-Id")).hasValueSatisfying(
                s -> assertThat(s.length()).isBetween(33, 256));
    }

    @Test
    void a_session_id_shorter_than_33_characters_is_a_validation_error() {
        assertThatThrownBy(() -> fixture.invoke(arn, "too-short", "{}")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("greater than or equal to 33");
    }

    @Test
    void an_unknown_runtime_or_qualifier_is_not_found() {
        String session = TwinFixture.session("unknown");
        assertThatThrownBy(() -> fixture.invoke(fixture.twin.runtimeArn("ghost-0123456789"), session, "{}"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> fixture.data.invokeAgentRuntime(b -> b.agentRuntimeArn(arn).qualifier("nope")
                .runtimeSessionId(session).payload(SdkBytes.fromUtf8String("{}"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void an_agent_error_becomes_424_runtime_client_error_without_the_agents_body() {
        assertThatThrownBy(() -> fixture.invoke(arn, TwinFixture.session("fail"), "{\"op\":\"fail\"}"))
                .isInstanceOfSatisfying(RuntimeClientErrorException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(424);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(
                            "Received error (500) from runtime. Please check your CloudWatch logs for more information.");
                    assertThat(e.getMessage()).doesNotContain("the agent's own error text");
                });
    }

    @Test
    void the_agent_gets_platform_headers_and_allow_listed_ones_but_not_the_callers_signature() throws Exception {
        String session = TwinFixture.session("headers");
        String path = "/runtimes/" + URLEncoder.encode(arn, StandardCharsets.UTF_8) + "/invocations";
        HttpResponse<String> response = fixture.raw("POST", path, "{\"op\":\"headers\"}",
                "Content-Type", "application/json", "Accept", "application/json",
                "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id", session,
                "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDLOCAL/20260101/us-east-1/bedrock-agentcore/aws4_request",
                "X-Amz-Date", "20260101T000000Z",
                "X-Amzn-Bedrock-AgentCore-Runtime-Custom-Team", "blue",
                "x-api-key", "k1",
                "X-Not-Allowed", "dropped");
        JsonNode headers = json(response.body()).path("headers");
        assertThat(headers.path("x-amzn-bedrock-agentcore-runtime-session-id").asText()).isEqualTo(session);
        assertThat(headers.path("x-amzn-bedrock-agentcore-runtime-request-id").asText()).hasSize(36);
        assertThat(headers.path("x-amz-bedrock-agentcore-identity-wat").asText()).startsWith("ac4j-local-wat-");
        assertThat(headers.path("workloadaccesstoken").asText()).startsWith("ac4j-local-wat-");
        assertThat(headers.path("x-amzn-bedrock-agentcore-runtime-custom-team").asText()).isEqualTo("blue");
        assertThat(headers.path("x-api-key").asText()).isEqualTo("k1");
        assertThat(headers.path("content-type").asText()).isEqualTo("application/json");
        assertThat(headers.has("authorization")).isFalse();
        assertThat(headers.has("x-amz-date")).isFalse();
        assertThat(headers.has("x-not-allowed")).isFalse();
    }

    @Test
    void sse_events_arrive_through_the_twin_while_the_agent_is_still_streaming() throws Exception {
        TestAgent.GATE.drainPermits();
        var stream = fixture.data.invokeAgentRuntime(b -> b.agentRuntimeArn(arn)
                .runtimeSessionId(TwinFixture.session("gated")).accept("text/event-stream")
                .payload(SdkBytes.fromUtf8String("{\"op\":\"gated-stream\"}")));
        assertThat(stream.response().contentType()).startsWith("text/event-stream");
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        // The second event is held back by the agent until the gate opens: the first must arrive before.
        String first = CompletableFuture.supplyAsync(() -> readLine(reader)).get(10, TimeUnit.SECONDS);
        assertThat(first).isEqualTo("data: \"first\"");
        TestAgent.GATE.release();
        StringBuilder rest = new StringBuilder();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            rest.append(line).append('\n');
        }
        assertThat(rest.toString()).contains("data: \"second\"").doesNotContain("gate never opened");
    }

    @Test
    void stop_runtime_session_ends_the_session_and_the_next_invocation_starts_a_fresh_agent() throws Exception {
        String session = TwinFixture.session("stop");
        fixture.invoke(arn, session, "{\"op\":\"count\"}");
        assertThat(json(fixture.invoke(arn, session, "{\"op\":\"count\"}")).path("count").asInt()).isEqualTo(2);

        var stopped = fixture.data.stopRuntimeSession(b -> b.agentRuntimeArn(arn).runtimeSessionId(session));
        assertThat(stopped.runtimeSessionId()).isEqualTo(session);
        assertThat(json(fixture.invoke(arn, session, "{\"op\":\"count\"}")).path("count").asInt()).isEqualTo(1);
    }

    @Test
    void stopping_an_unknown_session_is_not_found() {
        assertThatThrownBy(() -> fixture.data.stopRuntimeSession(b -> b.agentRuntimeArn(arn)
                .runtimeSessionId(TwinFixture.session("never-started"))))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Session not found");
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
