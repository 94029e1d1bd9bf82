package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Browser callers: preflights and CORS headers on data-plane answers. */
class CorsIT {

    static final String SESSION_HEADER = "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id";
    static TwinFixture fixture;
    static String path;

    @BeforeAll
    static void start() {
        fixture = new TwinFixture();
        path = "/runtimes/" + URLEncoder.encode(fixture.createReady("cors").agentRuntimeArn(), StandardCharsets.UTF_8)
                + "/invocations";
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void a_preflight_from_a_loopback_dev_server_is_allowed_with_the_session_and_auth_headers() throws Exception {
        HttpResponse<String> response = fixture.raw("OPTIONS", path, "", "Origin", "http://localhost:5173",
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type, x-amzn-bedrock-agentcore-runtime-custom-team");
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).get().asString().contains("POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).get().asString()
                .contains(SESSION_HEADER, "Authorization", "Content-Type", "x-amzn-bedrock-agentcore-runtime-custom-team");
    }

    @Test
    void an_invocation_from_an_allowed_origin_exposes_the_session_id_header() throws Exception {
        HttpResponse<String> response = fixture.raw("POST", path, "{\"op\":\"count\"}", "Origin", "http://127.0.0.1:3000",
                SESSION_HEADER, TwinFixture.session("cors"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://127.0.0.1:3000");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).get().asString()
                .contains(SESSION_HEADER);
    }

    @Test
    void errors_carry_the_cors_headers_too_so_the_browser_can_read_them() throws Exception {
        HttpResponse<String> response = fixture.raw("POST", "/runtimes/nope/invocations?accountId=123456789012", "{}",
                "Origin", "http://localhost:8080");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");
    }

    @Test
    void an_origin_outside_the_list_gets_no_cors_headers_and_a_refused_preflight() throws Exception {
        HttpResponse<String> preflight = fixture.raw("OPTIONS", path, "", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> call = fixture.raw("POST", path, "{}", "Origin", "https://evil.example",
                SESSION_HEADER, TwinFixture.session("evil"));
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void configured_origins_replace_the_loopback_defaults() throws Exception {
        try (TwinFixture custom = new TwinFixture(b -> b.corsOrigins(List.of("https://app.example")))) {
            HttpResponse<String> allowed = custom.raw("OPTIONS", "/runtimes/", "", "Origin", "https://app.example",
                    "Access-Control-Request-Method", "PUT");
            assertThat(allowed.statusCode()).isEqualTo(204);
            HttpResponse<String> local = custom.raw("OPTIONS", "/runtimes/", "", "Origin", "http://localhost:5173",
                    "Access-Control-Request-Method", "PUT");
            assertThat(local.statusCode()).isEqualTo(403);
        }
    }
}
