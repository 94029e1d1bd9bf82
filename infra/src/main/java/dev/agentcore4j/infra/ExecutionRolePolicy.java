package dev.agentcore4j.infra;

import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;

import java.util.List;

/**
 * Exactly the permissions an AgentCore runtime's execution role needs (issue 7): pulling its image from
 * ECR (the seed's role lacked this), writing its CloudWatch logs and X-Ray traces, calling Bedrock
 * models and inference profiles, and getting workload access tokens. Nothing else.
 */
final class ExecutionRolePolicy {

    /** The log groups AgentCore Runtime creates: {@code /aws/bedrock-agentcore/runtimes/<runtime id>-<endpoint>}. */
    static final String LOG_GROUP_PREFIX = "/aws/bedrock-agentcore/runtimes/";

    private ExecutionRolePolicy() {
    }

    static PolicyDocument document(AgentRuntimeSettings settings, String repositoryArn) {
        String p = settings.partition();
        String at = settings.region() + ":" + settings.account() + ":";
        String logGroup = "arn:" + p + ":logs:" + at + "log-group:" + LOG_GROUP_PREFIX + "*";
        String directory = "arn:" + p + ":bedrock-agentcore:" + at + "workload-identity-directory/default";
        return PolicyDocument.Builder.create().statements(List.of(
                allow("EcrAuthorizationToken", List.of("ecr:GetAuthorizationToken"), List.of("*")),
                allow("EcrImagePull", List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"), List.of(repositoryArn)),
                allow("LogGroups", List.of("logs:CreateLogGroup", "logs:DescribeLogStreams"), List.of(logGroup)),
                allow("LogStreams", List.of("logs:CreateLogStream", "logs:PutLogEvents"), List.of(logGroup + ":log-stream:*")),
                // X-Ray has no resource-level permissions for these actions.
                allow("XRay", List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords"), List.of("*")),
                // Cross-region inference profiles route to foundation models in other regions, hence region *.
                allow("BedrockModels", List.of("bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"), List.of(
                        "arn:" + p + ":bedrock:*::foundation-model/*",
                        "arn:" + p + ":bedrock:" + at + "inference-profile/*")),
                allow("WorkloadIdentity", List.of("bedrock-agentcore:GetWorkloadAccessToken",
                                "bedrock-agentcore:GetWorkloadAccessTokenForJWT", "bedrock-agentcore:GetWorkloadAccessTokenForUserId"),
                        List.of(directory, directory + "/workload-identity/" + settings.agentName() + "-*"))))
                .build();
    }

    private static PolicyStatement allow(String sid, List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create().sid(sid).effect(Effect.ALLOW).actions(actions).resources(resources).build();
    }
}
