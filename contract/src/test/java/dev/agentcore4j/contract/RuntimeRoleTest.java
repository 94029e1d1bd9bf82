package dev.agentcore4j.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeRoleTest {

    @Test
    void partitions_follow_the_region_prefix() {
        assertThat(RuntimeRole.partition("eu-west-1")).isEqualTo("aws");
        assertThat(RuntimeRole.partition("us-gov-west-1")).isEqualTo("aws-us-gov");
        assertThat(RuntimeRole.partition("cn-north-1")).isEqualTo("aws-cn");
    }

    @Test
    void trust_is_scoped_to_the_account_and_its_agentcore_resources_in_the_region() {
        assertThat(RuntimeRole.trustConditions("aws", "eu-west-1", "210987654321")).containsExactly(
                java.util.Map.entry("StringEquals", java.util.Map.of("aws:SourceAccount", "210987654321")),
                java.util.Map.entry("ArnLike", java.util.Map.of("aws:SourceArn", "arn:aws:bedrock-agentcore:eu-west-1:210987654321:*")));
    }

    @Test
    void the_policy_pulls_from_the_repository_and_scopes_logs_and_workload_identity_to_the_agent() {
        List<RuntimeRole.Statement> statements = RuntimeRole.statements("aws", "eu-west-1", "210987654321", "my_agent",
                "arn:aws:ecr:eu-west-1:210987654321:repository/agentcore4j/my-agent");
        assertThat(statements).extracting(RuntimeRole.Statement::sid).containsExactly("EcrAuthorizationToken", "EcrImagePull",
                "LogGroups", "LogStreams", "XRay", "BedrockModels", "WorkloadIdentity", "Memory");
        assertThat(statements.get(1).resources()).containsExactly("arn:aws:ecr:eu-west-1:210987654321:repository/agentcore4j/my-agent");
        assertThat(statements.get(3).resources()).containsExactly(
                "arn:aws:logs:eu-west-1:210987654321:log-group:/aws/bedrock-agentcore/runtimes/*:log-stream:*");
        assertThat(statements.get(6).resources().get(1)).isEqualTo(
                "arn:aws:bedrock-agentcore:eu-west-1:210987654321:workload-identity-directory/default/workload-identity/my_agent-*");
        assertThat(statements.get(7).resources()).containsExactly("arn:aws:bedrock-agentcore:eu-west-1:210987654321:memory/*");
    }
}
