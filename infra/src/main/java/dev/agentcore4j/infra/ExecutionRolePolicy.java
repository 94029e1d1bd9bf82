package dev.agentcore4j.infra;

import dev.agentcore4j.contract.RuntimeRole;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * The execution role's inline policy as a CDK document: exactly {@link RuntimeRole#statements}, the
 * statements {@code ./ac4j launch --aws} puts on the role it manages, so both deploy paths grant the same
 * (issue 7): image pull from ECR, CloudWatch logs, X-Ray traces, Bedrock models and inference profiles,
 * workload access tokens. Nothing else.
 */
final class ExecutionRolePolicy {

    private ExecutionRolePolicy() {
    }

    static PolicyDocument document(AgentRuntimeSettings settings, String repositoryArn) {
        return PolicyDocument.Builder.create().statements(RuntimeRole.statements(settings.partition(), settings.region(),
                        settings.account(), settings.agentName(), repositoryArn).stream()
                .map(s -> PolicyStatement.Builder.create().sid(s.sid()).effect(Effect.ALLOW).actions(s.actions())
                        .resources(s.resources()).build())
                .toList())
                .build();
    }
}
