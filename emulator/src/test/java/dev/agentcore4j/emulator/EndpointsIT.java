package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeEndpoint;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeEndpointStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ConflictException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetAgentRuntimeEndpointResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;

/** Endpoints: DEFAULT follows the latest version; named endpoints pin one. */
class EndpointsIT {

    static TwinFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new TwinFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static void update(String id) {
        fixture.control.updateAgentRuntime(b -> b.agentRuntimeId(id)
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinFixture.IN_PROCESS_URI)))
                .roleArn(TwinFixture.ROLE).networkConfiguration(n -> n.networkMode("PUBLIC")));
        fixture.awaitStatus(id, software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus.READY);
    }

    private static GetAgentRuntimeEndpointResponse awaitReady(String id, String name) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            var endpoint = fixture.control.getAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).endpointName(name));
            if (endpoint.status() == AgentRuntimeEndpointStatus.READY || System.nanoTime() > deadline) {
                return endpoint;
            }
            TwinFixture.sleep(20);
        }
    }

    @Test
    void the_default_endpoint_exists_from_the_start_and_moves_to_each_new_version() {
        var created = fixture.createReady("default_moves");
        String id = created.agentRuntimeId();
        var before = awaitReady(id, "DEFAULT");
        assertThat(before.liveVersion()).isEqualTo("1");
        assertThat(before.agentRuntimeEndpointArn()).isEqualTo(created.agentRuntimeArn() + "/runtime-endpoint/DEFAULT");
        assertThat(before.id()).matches("DEFAULT-[a-zA-Z0-9]{10}");

        update(id);
        var after = awaitReady(id, "DEFAULT");
        assertThat(after.liveVersion()).isEqualTo("2");
        assertThat(after.targetVersion()).isEqualTo("2");
    }

    @Test
    void a_named_endpoint_pins_its_version_until_updated() {
        String id = fixture.createReady("pinned").agentRuntimeId();
        var created = fixture.control.createAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).name("prod")
                .agentRuntimeVersion("1").description("production"));
        assertThat(created.status()).isEqualTo(AgentRuntimeEndpointStatus.CREATING);
        assertThat(created.targetVersion()).isEqualTo("1");
        assertThat(created.endpointName()).isEqualTo("prod");
        assertThat(awaitReady(id, "prod").liveVersion()).isEqualTo("1");

        update(id);
        assertThat(awaitReady(id, "prod").liveVersion()).isEqualTo("1");

        var moved = fixture.control.updateAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).endpointName("prod")
                .agentRuntimeVersion("2"));
        assertThat(moved.targetVersion()).isEqualTo("2");
        assertThat(moved.status()).isEqualTo(AgentRuntimeEndpointStatus.UPDATING);
        GetAgentRuntimeEndpointResponse ready = awaitReady(id, "prod");
        assertThat(ready.liveVersion()).isEqualTo("2");
        assertThat(ready.description()).isEqualTo("production");
    }

    @Test
    void list_endpoints_pages_and_delete_removes_a_named_endpoint() {
        String id = fixture.createReady("listed_endpoints").agentRuntimeId();
        fixture.control.createAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).name("blue"));
        fixture.control.createAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).name("green"));
        var names = fixture.control.listAgentRuntimeEndpointsPaginator(b -> b.agentRuntimeId(id).maxResults(1))
                .runtimeEndpoints().stream().map(AgentRuntimeEndpoint::name).toList();
        assertThat(names).containsExactlyInAnyOrder("DEFAULT", "blue", "green");

        var deleted = fixture.control.deleteAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).endpointName("blue"));
        assertThat(deleted.statusAsString()).isEqualTo("DELETING");
        assertThatThrownBy(() -> fixture.control.getAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).endpointName("blue")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void the_default_endpoint_can_be_neither_deleted_nor_updated_nor_created_again() {
        String id = fixture.createReady("default_rules").agentRuntimeId();
        assertThatThrownBy(() -> fixture.control.deleteAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).endpointName("DEFAULT")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fixture.control.updateAgentRuntimeEndpoint(b -> b.agentRuntimeId(id)
                .endpointName("DEFAULT").agentRuntimeVersion("1"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fixture.control.createAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).name("DEFAULT")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void bad_endpoint_names_and_unknown_versions_are_validation_errors() {
        String id = fixture.createReady("endpoint_checks").agentRuntimeId();
        assertThatThrownBy(() -> fixture.control.createAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).name("pro-d")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("[a-zA-Z][a-zA-Z0-9_]{0,47}");
        assertThatThrownBy(() -> fixture.control.createAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).name("later")
                .agentRuntimeVersion("7"))).isInstanceOf(ValidationException.class).hasMessageContaining("Version 7");
        assertThatThrownBy(() -> fixture.control.createAgentRuntimeEndpoint(b -> b.agentRuntimeId("nobody-0123456789")
                .name("x"))).isInstanceOf(ResourceNotFoundException.class);
    }
}
