package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.awsfakes.OidcIssuerFake;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcore.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;

/** Runtimes with a customJWTAuthorizer, against a local OpenID issuer; bearer calls over the JDK client. */
class JwtAuthIT {

    static OidcIssuerFake issuer;
    static TwinFixture fixture;
    static String audienceArn;
    static String clientArn;

    @BeforeAll
    static void start() throws Exception {
        issuer = OidcIssuerFake.start();
        fixture = new TwinFixture();
        audienceArn = create("jwt_audience", List.of("twin-api"), List.of(), true);
        clientArn = create("jwt_client", List.of(), List.of("web-client"), false);
    }

    private static String create(String name, List<String> audiences, List<String> clients, boolean forward) {
        var created = fixture.control.createAgentRuntime(b -> {
            b.agentRuntimeName(name)
                    .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinFixture.IN_PROCESS_URI)))
                    .roleArn(TwinFixture.ROLE).networkConfiguration(n -> n.networkMode("PUBLIC"))
                    .authorizerConfiguration(a -> a.customJWTAuthorizer(j -> {
                        j.discoveryUrl(issuer.discoveryUrl());
                        if (!audiences.isEmpty()) {
                            j.allowedAudience(audiences);
                        }
                        if (!clients.isEmpty()) {
                            j.allowedClients(clients);
                        }
                    }));
            if (forward) {
                b.requestHeaderConfiguration(h -> h.requestHeaderAllowlist("Authorization"));
            }
        });
        fixture.awaitStatus(created.agentRuntimeId(), AgentRuntimeStatus.READY);
        return created.agentRuntimeArn();
    }

    @AfterAll
    static void stop() {
        fixture.close();
        issuer.close();
    }

    private static HttpResponse<String> call(String arn, String session, String payload, String... headers)
            throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id";
        all[1] = TwinFixture.session(session);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return fixture.raw("POST", "/runtimes/" + URLEncoder.encode(arn, StandardCharsets.UTF_8) + "/invocations",
                payload, all);
    }

    private static HttpResponse<String> bearer(String arn, String token) throws Exception {
        return call(arn, "jwt", "{\"op\":\"count\"}", "Authorization", "Bearer " + token);
    }

    @Test
    void a_valid_token_reaches_the_agent_with_authorization_forwarded_when_allow_listed() throws Exception {
        String token = issuer.token(issuer.claims());
        HttpResponse<String> response = call(audienceArn, "fwd", "{\"op\":\"headers\"}", "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(response.body()).path("headers").path("authorization").asText())
                .isEqualTo("Bearer " + token);
    }

    @Test
    void authorization_is_not_forwarded_when_the_runtime_does_not_allow_list_it() throws Exception {
        HttpResponse<String> response = call(clientArn, "nofwd", "{\"op\":\"headers\"}", "Authorization",
                "Bearer " + issuer.token(issuer.claims()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(response.body()).path("headers").has("authorization")).isFalse();
    }

    @Test
    void a_missing_token_is_401_unauthorized_with_the_resource_metadata_challenge() throws Exception {
        HttpResponse<String> response = call(audienceArn, "none", "{}");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnauthorizedException");
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .startsWith("Bearer resource_metadata=\"http://127.0.0.1:")
                .contains("/invocations/.well-known/oauth-protected-resource?qualifier=DEFAULT");
    }

    @Test
    void an_expired_token_is_403_access_denied() throws Exception {
        Map<String, Object> claims = issuer.claims();
        claims.put("exp", Instant.now().getEpochSecond() - 600);
        assertDenied(bearer(audienceArn, issuer.token(claims)), "the token has expired");
    }

    @Test
    void a_token_for_another_audience_is_403_access_denied() throws Exception {
        Map<String, Object> claims = issuer.claims();
        claims.put("aud", List.of("someone-else"));
        assertDenied(bearer(audienceArn, issuer.token(claims)), "audience (aud) is not allowed");
    }

    @Test
    void a_token_from_another_client_is_403_access_denied() throws Exception {
        Map<String, Object> claims = issuer.claims();
        claims.put("client_id", "rogue-client");
        assertDenied(bearer(clientArn, issuer.token(claims)), "client (client_id) is not allowed");
        assertThat(bearer(clientArn, issuer.token(issuer.claims())).statusCode()).isEqualTo(200);
    }

    @Test
    void a_token_signed_by_another_key_is_403_access_denied() throws Exception {
        String forged = issuer.token(issuer.claims(), OidcIssuerFake.KID, OidcIssuerFake.unpublishedKey());
        assertDenied(bearer(audienceArn, forged), "signature is invalid");
    }

    @Test
    void a_token_naming_an_unknown_key_id_is_403_access_denied() throws Exception {
        String token = issuer.token(issuer.claims(), "rotated-away", issuer.signingKey());
        assertDenied(bearer(audienceArn, token), "kid 'rotated-away'");
    }

    @Test
    void a_token_from_another_issuer_is_403_access_denied() throws Exception {
        Map<String, Object> claims = issuer.claims();
        claims.put("iss", "http://127.0.0.1:1/elsewhere");
        assertDenied(bearer(audienceArn, issuer.token(claims)), "issuer");
    }

    @Test
    void a_sigv4_call_from_the_sdk_is_refused_as_an_authorization_method_mismatch() {
        assertThatThrownBy(() -> fixture.invoke(audienceArn, TwinFixture.session("sigv4"), "{}"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Authorization method mismatch");
    }

    @Test
    void a_bearer_token_on_a_sigv4_runtime_is_refused_as_an_authorization_method_mismatch() throws Exception {
        String plain = fixture.createReady("jwt_plain").agentRuntimeArn();
        HttpResponse<String> response = bearer(plain, issuer.token(issuer.claims()));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Authorization method mismatch");
    }

    @Test
    void the_discovery_document_is_fetched_once_and_cached() throws Exception {
        int before = issuer.discoveryFetches();
        for (int i = 0; i < 3; i++) {
            assertThat(bearer(audienceArn, issuer.token(issuer.claims())).statusCode()).isEqualTo(200);
        }
        assertThat(issuer.discoveryFetches() - before).isLessThanOrEqualTo(1);
    }

    private static void assertDenied(HttpResponse<String> response, String why) throws Exception {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("AccessDeniedException");
        assertThat(Json.MAPPER.readTree(response.body()).path("message").asText())
                .startsWith("OAuth authorization failed: ").contains(why);
    }
}
