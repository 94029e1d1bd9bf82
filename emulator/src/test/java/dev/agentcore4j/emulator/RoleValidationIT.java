package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;

/** The IAM-propagation knob: a fresh role ARN is refused N times with AgentCore's error, then accepted. */
class RoleValidationIT {

    private static final String FRESH_ROLE = "arn:aws:iam::123456789012:role/JustCreated";

    @Test
    void a_fresh_role_is_refused_twice_with_role_validation_failed_then_accepted_for_good() {
        try (TwinFixture fixture = new TwinFixture(b -> b.roleValidationFailures(2))) {
            for (int attempt = 1; attempt <= 2; attempt++) {
                assertThatThrownBy(() -> create(fixture, "fresh_role", FRESH_ROLE))
                        .isInstanceOf(ValidationException.class)
                        .hasMessageContaining("Role validation failed for '" + FRESH_ROLE + "'");
            }
            String id = create(fixture, "fresh_role", FRESH_ROLE);
            fixture.awaitStatus(id, AgentRuntimeStatus.READY);

            String other = "arn:aws:iam::123456789012:role/AlsoNew";
            assertThatThrownBy(() -> update(fixture, id, other)).isInstanceOf(ValidationException.class);
            update(fixture, id, FRESH_ROLE); // accepted once, accepted from then on
            assertThat(fixture.awaitStatus(id, AgentRuntimeStatus.READY).agentRuntimeVersion()).isEqualTo("2");
        }
    }

    @Test
    void without_the_knob_every_role_is_accepted_at_once() {
        try (TwinFixture fixture = new TwinFixture()) {
            assertThat(create(fixture, "any_role", FRESH_ROLE)).startsWith("any_role-");
        }
    }

    private static String create(TwinFixture fixture, String name, String role) {
        return fixture.control.createAgentRuntime(b -> b.agentRuntimeName(name)
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinFixture.IN_PROCESS_URI)))
                .roleArn(role).networkConfiguration(n -> n.networkMode("PUBLIC"))).agentRuntimeId();
    }

    private static void update(TwinFixture fixture, String id, String role) {
        fixture.control.updateAgentRuntime(b -> b.agentRuntimeId(id)
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinFixture.IN_PROCESS_URI)))
                .roleArn(role).networkConfiguration(n -> n.networkMode("PUBLIC")));
    }
}
