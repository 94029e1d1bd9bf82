package dev.agentcore4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntime;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeEndpoint;

/** {@code ac4j status}: the runtime, its versions and endpoints, as the control plane (twin or AWS) reports them. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the launched runtime (on the twin, or with --aws on AWS): status, ARN, image, role, versions, endpoints, invoke URL.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    DeployTarget target;

    @Override
    public Integer call() {
        DeployConfig config = target.config();
        try (BedrockAgentCoreControlClient control = target.control(config)) {
            String id = DeployLookup.require(control, config, target);
            var runtime = control.getAgentRuntime(b -> b.agentRuntimeId(id));
            System.out.printf("runtime    %s  %s  (version %s) in %s%n", runtime.agentRuntimeName(), runtime.status(),
                    runtime.agentRuntimeVersion(), target.where(config));
            System.out.printf("ARN        %s%n", runtime.agentRuntimeArn());
            System.out.printf("image      %s%n", runtime.agentRuntimeArtifact().containerConfiguration().containerUri());
            System.out.printf("role       %s%n", runtime.roleArn());
            System.out.printf("memory     %s%n", runtime.environmentVariables().getOrDefault("AC4J_MEMORY_ID", "none"));
            System.out.printf("invoke URL %s%n", LaunchCommand.invokeUrl(target.dataPlane(config).toString(), runtime.agentRuntimeArn()));
            if (target.aws()) {
                System.out.printf("logs       %s%n", LaunchCommand.logGroup(id));
            }
            System.out.println("versions");
            for (AgentRuntime version : control.listAgentRuntimeVersionsPaginator(b -> b.agentRuntimeId(id)).agentRuntimes()) {
                System.out.printf("  %-4s %-14s %s%n", version.agentRuntimeVersion(), version.status(), version.lastUpdatedAt());
            }
            System.out.println("endpoints");
            for (AgentRuntimeEndpoint endpoint : control.listAgentRuntimeEndpointsPaginator(b -> b.agentRuntimeId(id)).runtimeEndpoints()) {
                System.out.printf("  %-12s %-14s → version %s%n", endpoint.name(), endpoint.status(),
                        endpoint.liveVersion() != null ? endpoint.liveVersion() : endpoint.targetVersion());
            }
        }
        return 0;
    }
}
