package dev.agentcore4j.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The execution role of one agent's AgentCore runtime (issue 7) as data, so that the CDK app
 * ({@code infra}) and {@code ./ac4j launch --aws} ({@code cli}) grant exactly the same: trusted by
 * {@value #SERVICE_PRINCIPAL} only when it acts for this account ({@code aws:SourceAccount}) and for
 * its runtimes ({@code aws:SourceArn}), the confused-deputy guard; and one inline policy,
 * {@value #INLINE_POLICY_NAME}, allowing the image pull from ECR (the seed's role lacked it), the
 * runtime's CloudWatch logs and X-Ray traces, Bedrock models and inference profiles, workload
 * access tokens, and the AgentCore Memory calls the agent's session manager makes (issue 5) on the
 * account's memories. Nothing else.
 *
 * <pre>{@code
 * for (RuntimeRole.Statement s : RuntimeRole.statements("aws", "us-east-1", "123456789012", "my_agent", repositoryArn)) {
 *     System.out.println(s.sid() + " " + s.actions() + " on " + s.resources());
 * }
 * }</pre>
 *
 * <p>Source: the AgentCore Runtime permissions page of the developer guide.
 */
public final class RuntimeRole {

    public static final String SERVICE_PRINCIPAL = "bedrock-agentcore.amazonaws.com";
    public static final String POLICY_VERSION = "2012-10-17";
    /** The one inline policy's name. */
    public static final String INLINE_POLICY_NAME = "AgentRuntime";
    /** The log groups AgentCore Runtime creates: {@code /aws/bedrock-agentcore/runtimes/<runtime id>-<endpoint>}. */
    public static final String LOG_GROUP_PREFIX = "/aws/bedrock-agentcore/runtimes/";

    /**
     * One {@code Allow} statement.
     *
     * @param sid       the statement id, e.g. {@code EcrImagePull}
     * @param actions   the IAM actions, in a fixed order
     * @param resources the ARNs (or {@code *}) the actions apply to
     */
    public record Statement(String sid, List<String> actions, List<String> resources) {
        public Statement {
            Objects.requireNonNull(sid, "sid");
            actions = List.copyOf(actions);
            resources = List.copyOf(resources);
        }
    }

    private RuntimeRole() {
    }

    /** The ARN partition of a region: {@code aws}, {@code aws-us-gov} or {@code aws-cn}. */
    public static String partition(String region) {
        return region.startsWith("us-gov-") ? "aws-us-gov" : region.startsWith("cn-") ? "aws-cn" : "aws";
    }

    /**
     * The trust policy's conditions, operator → key → value: {@code StringEquals aws:SourceAccount} =
     * the account and {@code ArnLike aws:SourceArn} = any AgentCore resource of the account in the region.
     */
    public static Map<String, Map<String, String>> trustConditions(String partition, String region, String account) {
        Map<String, Map<String, String>> conditions = new LinkedHashMap<>();
        conditions.put("StringEquals", Map.of("aws:SourceAccount", account));
        conditions.put("ArnLike", Map.of("aws:SourceArn", "arn:" + partition + ":bedrock-agentcore:" + region + ":" + account + ":*"));
        return conditions;
    }

    /** The inline policy's statements for the agent {@code agentName} pulling from {@code repositoryArn}. */
    public static List<Statement> statements(String partition, String region, String account, String agentName,
                                             String repositoryArn) {
        String at = region + ":" + account + ":";
        String logGroup = "arn:" + partition + ":logs:" + at + "log-group:" + LOG_GROUP_PREFIX + "*";
        String directory = "arn:" + partition + ":bedrock-agentcore:" + at + "workload-identity-directory/default";
        return List.of(
                new Statement("EcrAuthorizationToken", List.of("ecr:GetAuthorizationToken"), List.of("*")),
                new Statement("EcrImagePull", List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"), List.of(repositoryArn)),
                new Statement("LogGroups", List.of("logs:CreateLogGroup", "logs:DescribeLogStreams"), List.of(logGroup)),
                new Statement("LogStreams", List.of("logs:CreateLogStream", "logs:PutLogEvents"), List.of(logGroup + ":log-stream:*")),
                // X-Ray has no resource-level permissions for these actions.
                new Statement("XRay", List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords"), List.of("*")),
                // Cross-region inference profiles route to foundation models in other regions, hence region *.
                new Statement("BedrockModels", List.of("bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"), List.of(
                        "arn:" + partition + ":bedrock:*::foundation-model/*",
                        "arn:" + partition + ":bedrock:" + at + "inference-profile/*")),
                new Statement("WorkloadIdentity", List.of("bedrock-agentcore:GetWorkloadAccessToken",
                        "bedrock-agentcore:GetWorkloadAccessTokenForJWT", "bedrock-agentcore:GetWorkloadAccessTokenForUserId"),
                        List.of(directory, directory + "/workload-identity/" + agentName + "-*")),
                // What memory-client calls: restore (ListEvents), record (CreateEvent), recall (GetMemory for the
                // strategies' namespaces, RetrieveMemoryRecords); only on memories of this account and region.
                new Statement("Memory", List.of("bedrock-agentcore:GetMemory", "bedrock-agentcore:ListEvents",
                        "bedrock-agentcore:CreateEvent", "bedrock-agentcore:RetrieveMemoryRecords"),
                        List.of("arn:" + partition + ":bedrock-agentcore:" + at + "memory/*")));
    }
}
