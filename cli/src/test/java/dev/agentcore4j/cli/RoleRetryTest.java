package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;

class RoleRetryTest {

    private static final String ROLE = "arn:aws:iam::210987654321:role/AgentCore4J-my_agent";
    private static final RoleRetry QUICK = new RoleRetry(3, Duration.ofMillis(1), Duration.ofMillis(2));

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8);
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void a_role_refused_while_iam_propagates_is_retried_until_accepted() throws Exception {
        String result = QUICK.run(ROLE, out, () -> {
            if (calls.incrementAndGet() < 3) {
                throw error("Role validation failed for '" + ROLE + "'. Please verify that the role exists");
            }
            return "created";
        });
        assertThat(result).isEqualTo("created");
        assertThat(calls).hasValue(3);
        assertThat(progress.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("  AgentCore cannot assume " + ROLE + " yet (IAM is still propagating it): retrying in 1 ms (attempt 2 of 3)",
                        "  AgentCore cannot assume " + ROLE + " yet (IAM is still propagating it): retrying in 2 ms (attempt 3 of 3)");
    }

    @Test
    void other_validation_errors_are_not_retried() {
        assertThatThrownBy(() -> QUICK.run(ROLE, out, () -> {
            calls.incrementAndGet();
            throw error("1 validation error detected: Value 'my-agent' at 'agentRuntimeName' failed to satisfy constraint");
        })).isInstanceOf(ValidationException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void giving_up_names_the_trust_policy_as_the_fix() {
        assertThatThrownBy(() -> QUICK.run(ROLE, out, () -> {
            calls.incrementAndGet();
            throw error("Role validation failed for '" + ROLE + "'.");
        })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AgentCore still cannot assume " + ROLE + " after 3 attempts")
                .hasMessageContaining("trust policy allows bedrock-agentcore.amazonaws.com");
        assertThat(calls).hasValue(3);
    }

    private static ValidationException error(String message) {
        return (ValidationException) ValidationException.builder().message(message)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException").errorMessage(message).build())
                .statusCode(400).build();
    }
}
