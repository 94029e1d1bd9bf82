package dev.agentcore4j.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class InvocationContractIT {

    @Test
    void a_returned_value_is_sent_as_application_json() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.json(Map.of("echo", inv.payload())))) {
            HttpResponse<String> r = t.invoke("{\"prompt\":\"こんにちは\"}");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(r.body()).isEqualTo("{\"echo\":{\"prompt\":\"こんにちは\"}}");
        }
    }

    @Test
    void the_body_is_parsed_as_json_whatever_the_content_type() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.json(inv.payload()))) {
            assertThat(t.send(t.post("{\"a\":1}").header("Content-Type", "text/plain")).body()).isEqualTo("{\"a\":1}");
            assertThat(t.send(t.post("[1,2]").header("Content-Type", "application/octet-stream")).body()).isEqualTo("[1,2]");
            assertThat(t.send(t.post("\"just a string\"")).body()).isEqualTo("\"just a string\"");
        }
    }

    @Test
    void the_handler_receives_the_typed_invocation_context() throws Exception {
        AtomicReference<InvocationContext> seen = new AtomicReference<>();
        try (TestServer t = TestServer.serving(inv -> {
            seen.set(inv.context());
            return Reply.json(Map.of());
        })) {
            t.send(t.post("{}")
                    .header("x-amzn-bedrock-agentcore-runtime-session-id", "sess-0123456789012345678901234567890")
                    .header("X-Amzn-Bedrock-AgentCore-Runtime-Request-Id", "req-1")
                    .header("WorkloadAccessToken", "wat-old")
                    .header("OAuth2CallbackUrl", "http://127.0.0.1/callback")
                    .header("Authorization", "Bearer abc")
                    .header("X-Amzn-Bedrock-AgentCore-Runtime-Custom-Tenant", "acme")
                    .header("X-Api-Key", "k")
                    .header("X-Amz-Date", "20260101T000000Z")
                    .header("Content-Type", "application/json"));
        }
        InvocationContext c = seen.get();
        assertThat(c.sessionId()).hasValue("sess-0123456789012345678901234567890");
        assertThat(c.requestId()).isEqualTo("req-1");
        assertThat(c.workloadAccessToken()).hasValue("wat-old");
        assertThat(c.oauth2CallbackUrl()).hasValue("http://127.0.0.1/callback");
        assertThat(c.authorization()).hasValue("Bearer abc");
        assertThat(c.customHeaders()).containsValue("acme").hasSize(1);
        assertThat(lowerKeys(c.requestHeaders()))
                .containsEntry("authorization", "Bearer abc")
                .containsEntry("x-api-key", "k")
                .containsEntry("x-amzn-bedrock-agentcore-runtime-custom-tenant", "acme")
                .containsEntry("oauth2callbackurl", "http://127.0.0.1/callback")
                .doesNotContainKeys("x-amz-date", "content-type", "x-amzn-bedrock-agentcore-runtime-session-id");
        assertThat(lowerKeys(Map.copyOf(flatten(c.allHeaders())))).containsKeys("x-amz-date", "content-type");
    }

    @Test
    void the_identity_header_wins_over_the_legacy_token_header_and_a_missing_request_id_is_generated() throws Exception {
        AtomicReference<InvocationContext> seen = new AtomicReference<>();
        try (TestServer t = TestServer.serving(inv -> {
            seen.set(inv.context());
            return Reply.json(Map.of());
        })) {
            t.send(t.post("{}").header("WorkloadAccessToken", "old").header("X-Amz-Bedrock-AgentCore-Identity-WAT", "new"));
        }
        assertThat(seen.get().workloadAccessToken()).hasValue("new");
        assertThat(seen.get().sessionId()).isEmpty();
        assertThat(seen.get().requestId()).matches("[0-9a-f-]{36}");
    }

    @Test
    void invalid_json_is_a_400_that_says_where() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.json(Map.of()))) {
            HttpResponse<String> r = t.invoke("{\"prompt\": ");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(r.body()).startsWith("{\"error\":\"Invalid JSON\",\"details\":").contains("line 1");
            assertThat(t.invoke("").body()).contains("Invalid JSON").contains("empty");
            assertThat(t.invoke("{} trailing").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void a_body_that_is_not_utf8_is_a_400_invalid_encoding() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.json(Map.of()))) {
            HttpResponse<String> r = t.send(t.post("").POST(HttpRequest.BodyPublishers.ofByteArray(
                    new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'})));
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).startsWith("{\"error\":\"Invalid encoding\"");
        }
    }

    @Test
    void a_body_over_the_limit_is_a_413_whether_declared_or_chunked() throws Exception {
        RuntimeConfig small = RuntimeConfig.defaults().withHost("127.0.0.1").withPort(0).withMaxPayloadBytes(1024);
        try (TestServer t = new TestServer(small, b -> b.handler(inv -> Reply.json(Map.of("ok", true))))) {
            String big = "{\"p\":\"" + "x".repeat(2000) + "\"}";
            HttpResponse<String> declared = t.invoke(big);
            assertThat(declared.statusCode()).isEqualTo(413);
            assertThat(declared.body()).contains("Payload too large");

            HttpResponse<String> chunked = t.send(t.post("").POST(HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(big.getBytes()))));
            assertThat(chunked.statusCode()).isEqualTo(413);

            assertThat(t.invoke("{\"p\":\"small\"}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void unknown_paths_are_404_and_wrong_methods_are_405_with_allow() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.json(Map.of()))) {
            HttpResponse<String> missing = t.send(HttpRequest.newBuilder(t.uri("/nope")).GET());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).isEqualTo("{\"error\":\"Not Found\"}");

            HttpResponse<String> getInvocations = t.send(HttpRequest.newBuilder(t.uri("/invocations")).GET());
            assertThat(getInvocations.statusCode()).isEqualTo(405);
            assertThat(getInvocations.headers().firstValue("Allow")).hasValue("POST");

            HttpResponse<String> postPing = t.send(HttpRequest.newBuilder(t.uri("/ping"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(postPing.statusCode()).isEqualTo(405);
            assertThat(postPing.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
    }

    @Test
    void a_client_error_chooses_status_and_message_on_purpose() throws Exception {
        try (TestServer t = TestServer.serving(inv -> {
            throw new ClientError(422, "prompt is required");
        })) {
            HttpResponse<String> r = t.invoke("{}");
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).isEqualTo("{\"error\":\"prompt is required\"}");
        }
    }

    @Test
    void any_other_handler_failure_is_a_generic_500_without_internals() throws Exception {
        try (TestServer t = TestServer.serving(inv -> {
            throw new IllegalStateException("db password is hunter2 at com.example.Secret");
        })) {
            HttpResponse<String> r = t.invoke("{}");
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.body()).isEqualTo("{\"error\":\"Internal server error\"}");
        }
    }

    @Test
    void no_entrypoint_is_a_500_naming_it() throws Exception {
        try (TestServer t = new TestServer(b -> b)) {
            HttpResponse<String> r = t.invoke("{}");
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.body()).isEqualTo("{\"error\":\"No entrypoint defined\"}");
        }
    }

    @Test
    void raw_bytes_are_sent_with_their_content_type() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.bytes("plain text".getBytes(), "text/plain; charset=utf-8"))) {
            HttpResponse<String> r = t.invoke("{}");
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
            assertThat(r.body()).isEqualTo("plain text");
        }
    }

    @Test
    void the_payload_binds_to_a_record_and_a_mismatch_is_a_400() throws Exception {
        record Ask(String prompt, int limit) {
        }
        try (TestServer t = TestServer.serving(inv -> Reply.json(inv.payloadAs(Ask.class)))) {
            assertThat(t.invoke("{\"prompt\":\"hi\",\"limit\":3,\"extra\":true}").body())
                    .isEqualTo("{\"prompt\":\"hi\",\"limit\":3}");
            HttpResponse<String> bad = t.invoke("{\"prompt\":\"hi\",\"limit\":\"many\"}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("payload does not match Ask");
        }
    }

    @Test
    void concurrent_invocations_all_run_at_once_on_their_own_threads() throws Exception {
        int n = 16;
        CountDownLatch allIn = new CountDownLatch(n);
        try (TestServer t = TestServer.serving(inv -> {
            allIn.countDown();
            // Each handler waits for all the others: this only finishes if all run concurrently.
            if (!allIn.await(10, TimeUnit.SECONDS)) {
                throw new ClientError(503, "not concurrent");
            }
            return Reply.json(Map.of("virtual", Thread.currentThread().isVirtual()));
        }); var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                calls.add(pool.submit(() -> t.invoke("{}")));
            }
            for (Future<HttpResponse<String>> call : calls) {
                assertThat(call.get().body()).isEqualTo("{\"virtual\":true}");
            }
        }
    }

    private static Map<String, String> lowerKeys(Map<String, String> map) {
        Map<String, String> lower = new java.util.HashMap<>();
        map.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return lower;
    }

    private static Map<String, String> flatten(Map<String, List<String>> map) {
        Map<String, String> flat = new java.util.HashMap<>();
        map.forEach((k, v) -> flat.put(k, v.isEmpty() ? "" : v.getFirst()));
        return flat;
    }

}
