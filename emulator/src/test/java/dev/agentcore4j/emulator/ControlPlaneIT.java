package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntime;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ConflictException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateAgentRuntimeResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetAgentRuntimeResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListAgentRuntimeVersionsResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;

/** Runtimes and versions through the official control-plane client. */
class ControlPlaneIT {

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
    void create_answers_creating_with_aws_ids_then_get_reports_ready_with_lifecycle_defaults() {
        CreateAgentRuntimeResponse created = fixture.control.createAgentRuntime(b -> b.agentRuntimeName("create_me")
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinFixture.IN_PROCESS_URI)))
                .roleArn(TwinFixture.ROLE).networkConfiguration(n -> n.networkMode("PUBLIC"))
                .environmentVariables(java.util.Map.of("GREETING", "hi")));

        assertThat(created.status()).isEqualTo(AgentRuntimeStatus.CREATING);
        assertThat(created.agentRuntimeId()).matches("create_me-[a-zA-Z0-9]{10}");
        assertThat(created.agentRuntimeArn())
                .isEqualTo("arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/" + created.agentRuntimeId());
        assertThat(created.agentRuntimeVersion()).isEqualTo("1");
        assertThat(created.createdAt()).isBefore(Instant.now().plusSeconds(1));
        assertThat(created.workloadIdentityDetails().workloadIdentityArn()).endsWith(
                "workload-identity-directory/default/workload-identity/" + created.agentRuntimeId());

        GetAgentRuntimeResponse ready = fixture.awaitStatus(created.agentRuntimeId(), AgentRuntimeStatus.READY);
        assertThat(ready.agentRuntimeName()).isEqualTo("create_me");
        assertThat(ready.lifecycleConfiguration().idleRuntimeSessionTimeout()).isEqualTo(900);
        assertThat(ready.lifecycleConfiguration().maxLifetime()).isEqualTo(28800);
        assertThat(ready.environmentVariables()).containsEntry("GREETING", "hi");
        assertThat(ready.agentRuntimeArtifact().containerConfiguration().containerUri())
                .isEqualTo(TwinFixture.IN_PROCESS_URI);
    }

    @Test
    void an_artifact_missing_from_the_image_index_ends_in_create_failed_with_a_reason() {
        CreateAgentRuntimeResponse created = fixture.control.createAgentRuntime(b -> b.agentRuntimeName("unknown_image")
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(
                        "123456789012.dkr.ecr.us-east-1.amazonaws.com/nobody-registered-this:1")))
                .roleArn(TwinFixture.ROLE).networkConfiguration(n -> n.networkMode("PUBLIC")));

        GetAgentRuntimeResponse failed = fixture.awaitStatus(created.agentRuntimeId(), AgentRuntimeStatus.CREATE_FAILED);
        assertThat(failed.failureReason()).contains("not in the twin's local image index");
    }

    @Test
    void each_update_is_a_new_immutable_version_and_get_reads_any_version() {
        CreateAgentRuntimeResponse created = fixture.createReady("versioned");
        String id = created.agentRuntimeId();

        var updated = fixture.control.updateAgentRuntime(b -> b.agentRuntimeId(id)
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinFixture.IN_PROCESS_URI)))
                .roleArn(TwinFixture.ROLE).networkConfiguration(n -> n.networkMode("PUBLIC"))
                .description("second").lifecycleConfiguration(l -> l.idleRuntimeSessionTimeout(120).maxLifetime(600)));
        assertThat(updated.agentRuntimeVersion()).isEqualTo("2");
        assertThat(updated.status()).isEqualTo(AgentRuntimeStatus.UPDATING);
        fixture.awaitStatus(id, AgentRuntimeStatus.READY);

        GetAgentRuntimeResponse v1 = fixture.control.getAgentRuntime(b -> b.agentRuntimeId(id).agentRuntimeVersion("1"));
        GetAgentRuntimeResponse v2 = fixture.control.getAgentRuntime(b -> b.agentRuntimeId(id));
        assertThat(v1.agentRuntimeVersion()).isEqualTo("1");
        assertThat(v1.description()).isNull();
        assertThat(v2.agentRuntimeVersion()).isEqualTo("2");
        assertThat(v2.description()).isEqualTo("second");
        assertThat(v2.lifecycleConfiguration().idleRuntimeSessionTimeout()).isEqualTo(120);
        assertThatThrownBy(() -> fixture.control.getAgentRuntime(b -> b.agentRuntimeId(id).agentRuntimeVersion("9")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void list_versions_pages_newest_first_with_max_results_and_next_token() {
        String id = fixture.createReady("paged_versions").agentRuntimeId();
        for (int i = 0; i < 4; i++) {
            fixture.control.updateAgentRuntime(b -> b.agentRuntimeId(id)
                    .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinFixture.IN_PROCESS_URI)))
                    .roleArn(TwinFixture.ROLE).networkConfiguration(n -> n.networkMode("PUBLIC")));
        }
        ListAgentRuntimeVersionsResponse first = fixture.control.listAgentRuntimeVersions(b -> b.agentRuntimeId(id).maxResults(2));
        assertThat(first.agentRuntimes()).extracting(AgentRuntime::agentRuntimeVersion).containsExactly("5", "4");
        assertThat(first.nextToken()).isNotBlank();

        List<String> all = fixture.control.listAgentRuntimeVersionsPaginator(b -> b.agentRuntimeId(id).maxResults(2))
                .agentRuntimes().stream().map(AgentRuntime::agentRuntimeVersion).toList();
        assertThat(all).containsExactly("5", "4", "3", "2", "1");
    }

    @Test
    void list_runtimes_pages_through_every_runtime() {
        fixture.createReady("listed_a");
        fixture.createReady("listed_b");
        List<String> names = fixture.control.listAgentRuntimesPaginator(b -> b.maxResults(1)).agentRuntimes().stream()
                .map(AgentRuntime::agentRuntimeName).toList();
        assertThat(names).contains("listed_a", "listed_b").doesNotHaveDuplicates();
    }

    @Test
    void a_second_runtime_with_the_same_name_is_a_conflict() {
        fixture.createReady("taken_name");
        assertThatThrownBy(() -> fixture.createReady("taken_name"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already exists");
    }

    @Test
    void delete_answers_deleting_and_the_runtime_is_gone() {
        String id = fixture.createReady("doomed").agentRuntimeId();
        var deleted = fixture.control.deleteAgentRuntime(b -> b.agentRuntimeId(id));
        assertThat(deleted.status()).isEqualTo(AgentRuntimeStatus.DELETING);
        assertThatThrownBy(() -> fixture.control.getAgentRuntime(b -> b.agentRuntimeId(id)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> fixture.control.deleteAgentRuntime(b -> b.agentRuntimeId(id)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void the_registry_survives_a_restart() {
        String id = fixture.createReady("durable").agentRuntimeId();
        fixture.restart();
        GetAgentRuntimeResponse after = fixture.control.getAgentRuntime(b -> b.agentRuntimeId(id));
        assertThat(after.agentRuntimeName()).isEqualTo("durable");
        assertThat(after.status()).isEqualTo(AgentRuntimeStatus.READY);
        assertThat(fixture.control.getAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).endpointName("DEFAULT")).liveVersion())
                .isEqualTo("1");
    }
}
