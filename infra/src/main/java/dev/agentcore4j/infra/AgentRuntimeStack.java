package dev.agentcore4j.infra;

import dev.agentcore4j.contract.RuntimeRole;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.bedrockagentcore.CfnMemory;
import software.amazon.awscdk.services.bedrockagentcore.CfnRuntime;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * One agent on AgentCore Runtime: its ECR repository (scan on push, the last N images kept), its
 * execution role ({@link ExecutionRolePolicy}, trusted by AgentCore for this account only), the runtime
 * itself ({@code AWS::BedrockAgentCore::Runtime}, public network, HTTP protocol) with its memory
 * ({@code AWS::BedrockAgentCore::Memory}, id in {@code AC4J_MEMORY_ID}) and outputs naming them.
 *
 * <pre>{@code
 * App app = new App();
 * new AgentRuntimeStack(app, "MyAgent", new AgentRuntimeSettings("my_agent", "0.1.0", "123456789012", "us-east-1", 10, true));
 * app.synth();
 * }</pre>
 */
public final class AgentRuntimeStack extends Stack {

    static final String SERVICE_PRINCIPAL = RuntimeRole.SERVICE_PRINCIPAL;
    static final String ROLE_ARN_OUTPUT = "ExecutionRoleArn";
    static final String REPOSITORY_URI_OUTPUT = "RepositoryUri";
    static final String RUNTIME_ARN_OUTPUT = "RuntimeArn";
    static final String MEMORY_ID_OUTPUT = "MemoryId";
    /** How long AgentCore Memory keeps raw events, as ./ac4j up and launch make it. */
    static final int EVENT_EXPIRY_DAYS = 30;

    public AgentRuntimeStack(Construct scope, String id, AgentRuntimeSettings settings) {
        super(scope, id, StackProps.builder()
                .env(Environment.builder().account(settings.account()).region(settings.region()).build())
                .description("AgentCore4J agent " + settings.agentName() + ": ECR repository, execution role, runtime, memory")
                .build());

        Repository repository = Repository.Builder.create(this, "Repository")
                .repositoryName(settings.repositoryName())
                .imageScanOnPush(true)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .description("keep the last " + settings.keptImages() + " images")
                        .maxImageCount(settings.keptImages())
                        .build()))
                .build();

        Role role = Role.Builder.create(this, "ExecutionRole")
                .description("Execution role of the AgentCore runtime " + settings.agentName())
                // Confused-deputy guard: only AgentCore acting for this account may assume the role.
                .assumedBy(new ServicePrincipal(SERVICE_PRINCIPAL).withConditions(Map.copyOf(
                        RuntimeRole.trustConditions(settings.partition(), settings.region(), settings.account()))))
                .inlinePolicies(Map.of(RuntimeRole.INLINE_POLICY_NAME,
                        ExecutionRolePolicy.document(settings, repository.getRepositoryArn())))
                .build();

        output(ROLE_ARN_OUTPUT, role.getRoleArn(), "the execution role of the runtime");
        output(REPOSITORY_URI_OUTPUT, repository.getRepositoryUri(), "push the agent image here");
        if (settings.withRuntime()) {
            CfnMemory memory = memory(settings);
            CfnRuntime runtime = CfnRuntime.Builder.create(this, "Runtime")
                    .agentRuntimeName(settings.agentName())
                    .agentRuntimeArtifact(CfnRuntime.AgentRuntimeArtifactProperty.builder()
                            .containerConfiguration(CfnRuntime.ContainerConfigurationProperty.builder()
                                    .containerUri(repository.repositoryUriForTag(settings.imageTag()))
                                    .build())
                            .build())
                    .roleArn(role.getRoleArn())
                    .networkConfiguration(CfnRuntime.NetworkConfigurationProperty.builder().networkMode("PUBLIC").build())
                    .protocolConfiguration("HTTP")
                    // The agent remembers in its memory, in the runtime's region with the role's Memory statement.
                    .environmentVariables(Map.of("AC4J_MEMORY_ID", memory.getAttrMemoryId()))
                    .build();
            // AgentCore validates the role when the runtime is created; the inline policy is part of the role.
            runtime.getNode().addDependency(role);
            output(RUNTIME_ARN_OUTPUT, runtime.getAttrAgentRuntimeArn(), "the runtime to invoke");
            output(MEMORY_ID_OUTPUT, memory.getAttrMemoryId(), "the agent's AgentCore Memory (./ac4j memory inspect --memory ID)");
        }
    }

    /** The agent's memory with the strategies ./ac4j up and launch give theirs: facts, preferences, summaries. */
    private CfnMemory memory(AgentRuntimeSettings settings) {
        return CfnMemory.Builder.create(this, "Memory")
                .name(settings.memoryName())
                .description("AgentCore4J agent memory of " + settings.agentName()
                        + ": conversations and what the agent learns about its users")
                .eventExpiryDuration(EVENT_EXPIRY_DAYS)
                .memoryStrategies(List.of(
                        CfnMemory.MemoryStrategyProperty.builder().semanticMemoryStrategy(CfnMemory.SemanticMemoryStrategyProperty
                                .builder().name("facts").namespaces(List.of("/users/{actorId}/facts")).build()).build(),
                        CfnMemory.MemoryStrategyProperty.builder().userPreferenceMemoryStrategy(CfnMemory
                                .UserPreferenceMemoryStrategyProperty.builder().name("preferences")
                                .namespaces(List.of("/users/{actorId}/preferences")).build()).build(),
                        CfnMemory.MemoryStrategyProperty.builder().summaryMemoryStrategy(CfnMemory.SummaryMemoryStrategyProperty
                                .builder().name("summaries").namespaces(List.of("/summaries/{actorId}/{sessionId}")).build()).build()))
                .build();
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }
}
