package dev.agentcore4j.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.awsfakes.OidcIssuerFake;
import dev.agentcore4j.backend.BackendFixture.Response;
import dev.agentcore4j.emulator.TwinConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;

/** Agentcore mode against a runtime with a customJWTAuthorizer: the settings' JWT goes as a bearer token. */
class JwtRuntimeIT {

    @Test
    void with_the_settings_jwt_turns_reach_a_jwt_runtime_and_without_it_the_runtime_refuses() {
        try (OidcIssuerFake issuer = OidcIssuerFake.start(); TwinFixture twin = new TwinFixture()) {
            String arn = createJwtRuntime(twin, issuer);
            try (BackendFixture backend = new BackendFixture(b -> b.endpoint(twin.twin.endpoint()).runtimeArn(arn))) {
                String unsigned = backend.newSession("{}");
                Response refused = backend.post("/api/sessions/" + unsigned + "/messages", "{\"text\": \"Hello\"}");
                assertThat(refused.status()).as("SigV4 to a JWT runtime").isEqualTo(502);
                assertThat(refused.errorMessage()).contains("Authorization method mismatch");

                Response saved = backend.put("/api/settings", "{\"provider\": \"offline\", \"jwt\": \"" + issuer.token() + "\"}");
                assertThat(saved.status()).as(saved.body()).isEqualTo(200);
                String id = backend.newSession("{}");
                List<JsonNode> events = backend.sse("/api/sessions/" + id + "/messages", "{\"text\": \"What is 15 * 23 + 7?\"}");
                assertThat(BackendFixture.text(events)).contains("352");
                assertThat(events.getLast().path("mode").asText()).isEqualTo("agentcore");
                assertThat(backend.delete("/api/sessions/" + id).json().path("runtimeStop").asText()).isEqualTo("stopped");
            }
        }
    }

    private static String createJwtRuntime(TwinFixture twin, OidcIssuerFake issuer) {
        var created = twin.control.createAgentRuntime(b -> b.agentRuntimeName("jwt_agent").roleArn(TwinFixture.ROLE)
                .networkConfiguration(n -> n.networkMode("PUBLIC"))
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinConfig.BUNDLED_AGENT_URI)))
                .authorizerConfiguration(a -> a.customJWTAuthorizer(j -> j.discoveryUrl(issuer.discoveryUrl())
                        .allowedClients("web-client"))));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var runtime = twin.control.getAgentRuntime(b -> b.agentRuntimeId(created.agentRuntimeId()));
            if (runtime.status() == AgentRuntimeStatus.READY) {
                return runtime.agentRuntimeArn();
            }
            TwinFixture.sleep(20);
        }
        throw new AssertionError("jwt_agent never became READY");
    }
}
