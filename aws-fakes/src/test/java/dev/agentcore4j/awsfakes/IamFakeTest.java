package dev.agentcore4j.awsfakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;

class IamFakeTest {

    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"bedrock-agentcore.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":[\"xray:PutTraceSegments\"],\"Resource\":[\"*\"]}]}";

    private final AwsFakes aws = AwsFakes.start(Clients.ACCOUNT, Clients.REGION);
    private final IamClient iam = Clients.iam(aws);

    @AfterEach
    void close() {
        iam.close();
        aws.close();
    }

    @Test
    void a_role_is_created_read_back_with_its_encoded_trust_policy_and_refused_twice() {
        assertThatThrownBy(() -> iam.getRole(b -> b.roleName("AgentCore4J-my_agent")))
                .isInstanceOf(NoSuchEntityException.class).hasMessageContaining("cannot be found");

        Role created = iam.createRole(b -> b.roleName("AgentCore4J-my_agent").assumeRolePolicyDocument(TRUST)
                .description("runtime role")).role();

        assertThat(created.arn()).isEqualTo("arn:aws:iam::210987654321:role/AgentCore4J-my_agent");
        assertThat(created.roleId()).startsWith("AROA");
        Role read = iam.getRole(b -> b.roleName("AgentCore4J-my_agent")).role();
        assertThat(URLDecoder.decode(read.assumeRolePolicyDocument(), StandardCharsets.UTF_8)).isEqualTo(TRUST);
        assertThat(read.description()).isEqualTo("runtime role");
        assertThat(read.createDate()).isNotNull();
        assertThatThrownBy(() -> iam.createRole(b -> b.roleName("AgentCore4J-my_agent").assumeRolePolicyDocument(TRUST)))
                .isInstanceOf(EntityAlreadyExistsException.class);
        assertThat(aws.calls().of("iam", "CreateRole").getFirst().text("AssumeRolePolicyDocument")).isEqualTo(TRUST);
    }

    @Test
    void inline_policies_are_put_listed_read_and_must_go_before_the_role() {
        iam.createRole(b -> b.roleName("r").assumeRolePolicyDocument(TRUST));
        iam.putRolePolicy(b -> b.roleName("r").policyName("AgentRuntime").policyDocument(POLICY));
        iam.updateAssumeRolePolicy(b -> b.roleName("r").policyDocument(TRUST.replace("sts:AssumeRole", "sts:TagSession")));

        assertThat(iam.listRolePolicies(b -> b.roleName("r")).policyNames()).containsExactly("AgentRuntime");
        assertThat(URLDecoder.decode(iam.getRolePolicy(b -> b.roleName("r").policyName("AgentRuntime")).policyDocument(),
                StandardCharsets.UTF_8)).isEqualTo(POLICY);
        assertThat(aws.iam().role("r").orElseThrow().trustPolicy()).contains("sts:TagSession");
        assertThatThrownBy(() -> iam.deleteRole(b -> b.roleName("r"))).isInstanceOf(DeleteConflictException.class);

        iam.deleteRolePolicy(b -> b.roleName("r").policyName("AgentRuntime"));
        iam.deleteRole(b -> b.roleName("r"));

        assertThat(aws.iam().role("r")).isEmpty();
        assertThatThrownBy(() -> iam.getRolePolicy(b -> b.roleName("r").policyName("AgentRuntime")))
                .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void a_policy_that_is_not_json_is_malformed() {
        assertThatThrownBy(() -> iam.createRole(b -> b.roleName("r").assumeRolePolicyDocument("{not json")))
                .isInstanceOf(MalformedPolicyDocumentException.class).hasMessageContaining("invalid Json");
        assertThat(aws.iam().role("r")).isEmpty();
    }
}
