package dev.agentcore4j.infra;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Synthesizes the stack once (jsii on Node.js, ~10–20 s) and checks the CloudFormation template. */
class AgentRuntimeStackIT {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "eu-west-1";

    @TempDir
    static Path out;
    private static Template full;
    private static Template withoutRuntime;

    @BeforeAll
    static void synthesize() throws Exception {
        App app = new App(AppProps.builder().outdir(out.toString()).build());
        new AgentRuntimeStack(app, "Full", new AgentRuntimeSettings("my_agent", "0.1.0", ACCOUNT, REGION, 7, true));
        new AgentRuntimeStack(app, "RepositoryOnly", new AgentRuntimeSettings("my_agent", "0.1.0", ACCOUNT, REGION, 7, false));
        CloudAssembly assembly = app.synth();
        full = template(assembly, "Full");
        withoutRuntime = template(assembly, "RepositoryOnly");
    }

    private static Template template(CloudAssembly assembly, String stack) throws Exception {
        return Template.fromString(Files.readString(out.resolve(assembly.getStackByName(stack).getTemplateFile())));
    }

    @Test
    void repository_scans_on_push_and_keeps_the_last_images() {
        Map<String, Object> props = properties(full, "AWS::ECR::Repository");
        assertThat(props).containsEntry("RepositoryName", "agentcore4j/my-agent")
                .containsEntry("ImageScanningConfiguration", Map.of("ScanOnPush", true));
        assertThat(props.get("LifecyclePolicy").toString()).contains("\"countType\":\"imageCountMoreThan\"", "\"countNumber\":7");
    }

    @Test
    void role_is_trusted_by_agentcore_for_this_account_and_its_runtimes_only() {
        Map<String, Object> trust = map(properties(full, "AWS::IAM::Role").get("AssumeRolePolicyDocument"));
        assertThat(trust.get("Statement")).isEqualTo(List.of(Map.of(
                "Action", "sts:AssumeRole",
                "Effect", "Allow",
                "Principal", Map.of("Service", "bedrock-agentcore.amazonaws.com"),
                "Condition", Map.of(
                        "StringEquals", Map.of("aws:SourceAccount", ACCOUNT),
                        "ArnLike", Map.of("aws:SourceArn", "arn:aws:bedrock-agentcore:eu-west-1:123456789012:*")))));
    }

    @Test
    void role_policy_allows_exactly_image_pull_logs_traces_models_and_workload_tokens() {
        List<Object> policies = list(properties(full, "AWS::IAM::Role").get("Policies"));
        assertThat(policies).hasSize(1);
        Map<String, Object> repositoryArn = Map.of("Fn::GetAtt", List.of(logicalId(full, "AWS::ECR::Repository"), "Arn"));
        String logs = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/bedrock-agentcore/runtimes/*";
        String directory = "arn:aws:bedrock-agentcore:eu-west-1:123456789012:workload-identity-directory/default";
        assertThat(list(map(map(policies.getFirst()).get("PolicyDocument")).get("Statement"))).containsExactly(
                statement("EcrAuthorizationToken", "ecr:GetAuthorizationToken", "*"),
                statement("EcrImagePull", List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"), repositoryArn),
                statement("LogGroups", List.of("logs:CreateLogGroup", "logs:DescribeLogStreams"), logs),
                statement("LogStreams", List.of("logs:CreateLogStream", "logs:PutLogEvents"), logs + ":log-stream:*"),
                statement("XRay", List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords"), "*"),
                statement("BedrockModels", List.of("bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"), List.of(
                        "arn:aws:bedrock:*::foundation-model/*",
                        "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/*")),
                statement("WorkloadIdentity", List.of("bedrock-agentcore:GetWorkloadAccessToken",
                                "bedrock-agentcore:GetWorkloadAccessTokenForJWT", "bedrock-agentcore:GetWorkloadAccessTokenForUserId"),
                        List.of(directory, directory + "/workload-identity/my_agent-*")),
                statement("Memory", List.of("bedrock-agentcore:GetMemory", "bedrock-agentcore:ListEvents",
                                "bedrock-agentcore:CreateEvent", "bedrock-agentcore:RetrieveMemoryRecords"),
                        "arn:aws:bedrock-agentcore:eu-west-1:123456789012:memory/*"));
        assertThat(full.findResources("AWS::IAM::Policy")).isEmpty();
    }

    @Test
    void runtime_runs_the_repository_image_with_the_role_on_the_public_network() {
        Map<String, Object> props = properties(full, "AWS::BedrockAgentCore::Runtime");
        String repository = logicalId(full, "AWS::ECR::Repository");
        assertThat(props).containsEntry("AgentRuntimeName", "my_agent")
                .containsEntry("RoleArn", Map.of("Fn::GetAtt", List.of(logicalId(full, "AWS::IAM::Role"), "Arn")))
                .containsEntry("NetworkConfiguration", Map.of("NetworkMode", "PUBLIC"))
                .containsEntry("ProtocolConfiguration", "HTTP");
        String uri = map(map(props.get("AgentRuntimeArtifact")).get("ContainerConfiguration")).get("ContainerUri").toString();
        // <account>.dkr.ecr.<region>.<suffix>/<repository>:<tag>, account and region taken from the repository's ARN.
        assertThat(uri).startsWith("{Fn::Join=").contains("{Fn::GetAtt=[" + repository + ", Arn]}", ".dkr.ecr.",
                "/, {Ref=" + repository + "}, :0.1.0]");
    }

    @Test
    void memory_has_the_three_strategies_and_30_day_events_and_the_runtime_gets_its_id() {
        Map<String, Object> memory = properties(full, "AWS::BedrockAgentCore::Memory");
        assertThat(memory).containsEntry("Name", "my_agent_memory").containsEntry("EventExpiryDuration", 30);
        assertThat(list(memory.get("MemoryStrategies"))).containsExactly(
                Map.of("SemanticMemoryStrategy", Map.of("Name", "facts", "Namespaces", List.of("/users/{actorId}/facts"))),
                Map.of("UserPreferenceMemoryStrategy", Map.of("Name", "preferences",
                        "Namespaces", List.of("/users/{actorId}/preferences"))),
                Map.of("SummaryMemoryStrategy", Map.of("Name", "summaries",
                        "Namespaces", List.of("/summaries/{actorId}/{sessionId}"))));
        Map<String, Object> memoryId = Map.of("Fn::GetAtt", List.of(logicalId(full, "AWS::BedrockAgentCore::Memory"), "MemoryId"));
        assertThat(properties(full, "AWS::BedrockAgentCore::Runtime").get("EnvironmentVariables"))
                .isEqualTo(Map.of("AC4J_MEMORY_ID", memoryId));
        assertThat(map(map(full.toJSON().get("Outputs")).get("MemoryId")).get("Value")).isEqualTo(memoryId);
        withoutRuntime.resourceCountIs("AWS::BedrockAgentCore::Memory", 0);
    }

    @Test
    void a_long_agent_name_gets_a_memory_name_within_48_characters_the_same_every_time() {
        AgentRuntimeSettings settings = new AgentRuntimeSettings("a".repeat(48), "0.1.0", ACCOUNT, REGION, 7, true);
        assertThat(settings.memoryName()).hasSize(48).startsWith("a".repeat(32) + "_").endsWith("_memory")
                .isEqualTo(new AgentRuntimeSettings("a".repeat(48), "0.2.0", ACCOUNT, REGION, 7, true).memoryName());
    }

    @Test
    void outputs_name_the_runtime_arn_the_role_arn_and_the_repository_uri() {
        Map<String, Object> outputs = full.toJSON().get("Outputs") instanceof Map<?, ?> m ? map(m) : Map.of();
        assertThat(outputs).containsKeys("RuntimeArn", "ExecutionRoleArn", "RepositoryUri", "MemoryId");
        assertThat(map(outputs.get("RuntimeArn")).get("Value"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of(logicalId(full, "AWS::BedrockAgentCore::Runtime"), "AgentRuntimeArn")));
    }

    @Test
    void without_the_runtime_only_the_repository_and_role_are_created() {
        withoutRuntime.resourceCountIs("AWS::BedrockAgentCore::Runtime", 0);
        withoutRuntime.resourceCountIs("AWS::ECR::Repository", 1);
        withoutRuntime.resourceCountIs("AWS::IAM::Role", 1);
        assertThat(map(withoutRuntime.toJSON().get("Outputs"))).containsOnlyKeys("ExecutionRoleArn", "RepositoryUri");
    }

    @Test
    void a_hyphenated_name_is_refused_before_any_construct_is_made() {
        App app = new App(AppProps.builder().outdir(out.resolve("refused").toString()).build());
        assertThatThrownBy(() -> new AgentRuntimeStack(app, "Refused",
                new AgentRuntimeSettings("my-agent", "0.1.0", ACCOUNT, REGION, 7, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'my-agent' is not a valid AgentCore runtime name")
                .hasMessageContaining("use my_agent");
        assertThat(app.getNode().getChildren()).isEmpty();
    }

    private static Map<String, Object> statement(String sid, Object actions, Object resources) {
        return Map.of("Sid", sid, "Effect", "Allow", "Action", actions, "Resource", resources);
    }

    private static Map<String, Object> properties(Template template, String type) {
        return map(map(template.findResources(type).get(logicalId(template, type))).get("Properties"));
    }

    private static String logicalId(Template template, String type) {
        Map<String, Map<String, Object>> found = template.findResources(type);
        assertThat(found).as(type).hasSize(1);
        return found.keySet().iterator().next();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
