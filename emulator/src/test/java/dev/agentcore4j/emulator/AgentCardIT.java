package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcore.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;

/** GetAgentCard through the official client: relayed from an A2A agent's well-known card. */
class AgentCardIT {

    static TwinFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new TwinFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void an_a2a_runtime_answers_with_its_agents_card_and_the_session_id() throws Exception {
        var created = fixture.control.createAgentRuntime(b -> b.agentRuntimeName("a2a_agent")
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinFixture.PROCESS_URI)))
                .roleArn(TwinFixture.ROLE).networkConfiguration(n -> n.networkMode("PUBLIC"))
                .protocolConfiguration(p -> p.serverProtocol("A2A")));
        fixture.awaitStatus(created.agentRuntimeId(), AgentRuntimeStatus.READY);
        String session = TwinFixture.session("card");
        var card = fixture.data.getAgentCard(b -> b.agentRuntimeArn(created.agentRuntimeArn()).runtimeSessionId(session));
        assertThat(card.runtimeSessionId()).isEqualTo(session);
        assertThat(card.statusCode()).isEqualTo(200);
        // The card is the body verbatim (contract §2.5); SDK 2.40.2 leaves agentCard() null for such a
        // payload document, so its content is read over plain HTTP.
        HttpResponse<String> raw = fixture.raw("GET", "/runtimes/" + URLEncoder.encode(created.agentRuntimeArn(),
                StandardCharsets.UTF_8) + "/invocations/.well-known/agent-card.json", "",
                "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id", session);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(Json.MAPPER.readTree(raw.body()).path("name").asText()).isEqualTo("test_agent");
    }

    @Test
    void a_runtime_of_another_protocol_has_no_agent_card() {
        String arn = fixture.createReady("http_agent").agentRuntimeArn();
        assertThatThrownBy(() -> fixture.data.getAgentCard(b -> b.agentRuntimeArn(arn)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("GetAgentCard needs protocolConfiguration.serverProtocol A2A");
    }
}
