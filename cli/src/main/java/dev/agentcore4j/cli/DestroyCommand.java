package dev.agentcore4j.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeEndpoint;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;

/**
 * {@code ac4j destroy --yes}: deletes the runtime's named endpoints, then the runtime (which takes
 * its {@code DEFAULT} endpoint and versions with it), and waits until it is gone.
 */
@Command(name = "destroy", mixinStandardHelpOptions = true,
        description = "Delete the launched runtime and its endpoints (asks for --yes).")
final class DestroyCommand implements Callable<Integer> {

    @Mixin
    DeployTarget target;

    @Option(names = "--yes", description = "Confirm the deletion.")
    boolean yes;

    @Override
    public Integer call() throws InterruptedException {
        DeployConfig config = target.config();
        try (BedrockAgentCoreControlClient control = target.control(config)) {
            String id = DeployLookup.require(control, config.name(), target.endpoint);
            if (!yes) {
                throw new IllegalArgumentException("this deletes runtime " + config.name() + " (" + id
                        + ") and its endpoints: run again with --yes to confirm");
            }
            for (AgentRuntimeEndpoint endpoint : control.listAgentRuntimeEndpointsPaginator(b -> b.agentRuntimeId(id)).runtimeEndpoints()) {
                if (!endpoint.name().equals("DEFAULT")) {
                    control.deleteAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).endpointName(endpoint.name()));
                    System.err.printf("Deleted endpoint %s%n", endpoint.name());
                }
            }
            control.deleteAgentRuntime(b -> b.agentRuntimeId(id));
            awaitGone(control, id);
            System.out.printf("Destroyed runtime %s (%s)%n", config.name(), id);
        }
        return 0;
    }

    private static void awaitGone(BedrockAgentCoreControlClient control, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                System.err.printf("  %s%n", control.getAgentRuntime(b -> b.agentRuntimeId(id)).status());
            } catch (ResourceNotFoundException gone) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("runtime " + id + " still exists 60 s after DeleteAgentRuntime: check ./ac4j status");
    }
}
