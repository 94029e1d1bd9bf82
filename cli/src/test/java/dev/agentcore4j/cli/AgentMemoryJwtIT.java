package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.awsfakes.OidcIssuerFake;
import dev.agentcore4j.container.Engine;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;

/**
 * A runtime with JWT inbound auth that forwards {@code Authorization}: the agent remembers for the
 * token's subject, whatever the payload claims, and recalls it in the subject's next session.
 */
class AgentMemoryJwtIT {

    @TempDir
    Path dir;

    @Test
    void the_callers_jwt_subject_is_the_actor_whose_memory_the_agent_uses() throws Exception {
        try (MemoryTwinFixture fixture = new MemoryTwinFixture(dir, b -> b);
             OidcIssuerFake issuer = OidcIssuerFake.start();
             HttpClient http = HttpClient.newHttpClient()) {
            String id = fixture.control.createAgentRuntime(b -> b.agentRuntimeName("memory_jwt")
                    .roleArn("arn:aws:iam::123456789012:role/AgentRole").networkConfiguration(n -> n.networkMode("PUBLIC"))
                    .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(MemoryTwinFixture.imageUri(Engine.STRANDS))))
                    .authorizerConfiguration(a -> a.customJWTAuthorizer(j -> j.discoveryUrl(issuer.discoveryUrl())
                            .allowedAudience("memory-api")))
                    .requestHeaderConfiguration(h -> h.requestHeaderAllowlist("Authorization"))).agentRuntimeId();
            MemoryTwinFixture.await(() -> fixture.control.getAgentRuntime(b -> b.agentRuntimeId(id)).status()
                    == AgentRuntimeStatus.READY, "runtime READY");
            String arn = fixture.control.getAgentRuntime(b -> b.agentRuntimeId(id)).agentRuntimeArn();
            URI invocations = URI.create(fixture.twin.endpoint() + "/runtimes/" + URLEncoder.encode(arn, StandardCharsets.UTF_8)
                    + "/invocations?qualifier=DEFAULT");
            Map<String, Object> claims = issuer.claims();
            claims.put("sub", "user-ivy");
            claims.put("aud", "memory-api");
            String token = issuer.token(claims);

            JsonNode told = ask(http, invocations, token, "jwt-told-" + UUID.randomUUID(),
                    "{\"prompt\": \"My name is Ivy\", \"actorId\": \"mallory\"}");
            assertThat(told.path("memory").path("actor_id").asText()).isEqualTo("user-ivy");
            MemoryTwinFixture.await(() -> fixture.records("/users/user-ivy/facts") > 0, "the fact to be extracted");
            assertThat(fixture.records("/users/mallory/facts")).isZero();

            JsonNode asked = ask(http, invocations, token, "jwt-asked-" + UUID.randomUUID(), "{\"prompt\": \"What is my name?\"}");
            assertThat(asked.path("response").asText()).contains("Ivy");
            assertThat(asked.path("memory").path("recalled").toString()).contains("The user's name is Ivy.");
        }
    }

    private static JsonNode ask(HttpClient http, URI invocations, String token, String session, String payload) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(invocations)
                .header("Authorization", "Bearer " + token)
                .header("X-Amzn-Bedrock-AgentCore-Runtime-Session-Id", session)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return MemoryTwinFixture.JSON.readTree(response.body());
    }
}
