package dev.agentcore4j.cli;

import dev.agentcore4j.emulator.TwinConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntime;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetAgentRuntimeResponse;

/**
 * Registers the bundled agent as a runtime through the twin's control plane, with the same SDK
 * calls a deploy to AWS makes: create it, or find the existing one, then wait for READY.
 */
final class DemoRuntime {

    static final String NAME = "demo_agent";
    private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/AgentCore4JLocalRuntime";
    private static final String DESCRIPTION = "The AgentCore4J bundled agent (offline model, seed tools)";

    private DemoRuntime() {
    }

    /** @return the runtime's ARN once it is READY */
    static String ensure(BedrockAgentCoreControlClient control, String name) throws InterruptedException {
        return ensure(control, name, Map.of());
    }

    /**
     * The runtime with these environment variables (e.g. the memory to remember in): created with
     * them, or updated to a new version when an existing one has others.
     *
     * @return the runtime's ARN once it is READY
     */
    static String ensure(BedrockAgentCoreControlClient control, String name, Map<String, String> environment)
            throws InterruptedException {
        Optional<String> existing = find(control, name);
        if (existing.isEmpty()) {
            String id = control.createAgentRuntime(b -> b
                    .agentRuntimeName(name)
                    .description(DESCRIPTION)
                    .roleArn(ROLE_ARN)
                    .networkConfiguration(n -> n.networkMode("PUBLIC"))
                    .environmentVariables(environment)
                    .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinConfig.BUNDLED_AGENT_URI))))
                    .agentRuntimeId();
            return awaitReady(control, id);
        }
        String id = existing.get();
        GetAgentRuntimeResponse current = control.getAgentRuntime(b -> b.agentRuntimeId(id));
        if (!current.environmentVariables().equals(environment)) {
            control.updateAgentRuntime(b -> b.agentRuntimeId(id)
                    .description(DESCRIPTION)
                    .roleArn(ROLE_ARN)
                    .networkConfiguration(n -> n.networkMode("PUBLIC"))
                    .environmentVariables(environment)
                    .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinConfig.BUNDLED_AGENT_URI))));
        }
        return awaitReady(control, id);
    }

    static Optional<String> find(BedrockAgentCoreControlClient control, String name) {
        for (AgentRuntime runtime : control.listAgentRuntimesPaginator(b -> b.maxResults(100)).agentRuntimes()) {
            if (runtime.agentRuntimeName().equals(name)) {
                return Optional.of(runtime.agentRuntimeId());
            }
        }
        return Optional.empty();
    }

    private static String awaitReady(BedrockAgentCoreControlClient control, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            GetAgentRuntimeResponse runtime = control.getAgentRuntime(b -> b.agentRuntimeId(id));
            if (runtime.status() == AgentRuntimeStatus.READY) {
                return runtime.agentRuntimeArn();
            }
            if (runtime.status() == AgentRuntimeStatus.CREATE_FAILED || runtime.status() == AgentRuntimeStatus.UPDATE_FAILED) {
                throw new IllegalStateException("runtime " + id + " is " + runtime.status() + ": " + runtime.failureReason());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("runtime " + id + " is still " + runtime.status() + " after 60 s");
            }
            Thread.sleep(50);
        }
    }
}
