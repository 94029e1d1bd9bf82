package dev.agentcore4j.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeEndpoint;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * {@code ac4j destroy --yes}: deletes the runtime's named endpoints, then the runtime (which takes
 * its {@code DEFAULT} endpoint and versions with it), and waits until it is gone. With {@code --aws},
 * {@code --delete-repository} and {@code --delete-role} also delete the ECR repository (with its images)
 * and the execution role {@code launch --aws} made, after the runtime, which uses them, is gone; on both,
 * {@code --delete-memory} deletes the agent's memory ({@code <name>_memory} or the configured id) too.
 */
@Command(name = "destroy", mixinStandardHelpOptions = true,
        description = "Delete the launched runtime and its endpoints (asks for --yes); optionally its memory, and with --aws its ECR"
                + " repository and IAM role.")
final class DestroyCommand implements Callable<Integer> {

    @Mixin
    DeployTarget target;

    @Option(names = "--yes", description = "Confirm the deletion.")
    boolean yes;

    @Option(names = "--delete-repository", description = "With --aws: also delete the ECR repository agentcore4j/<name> and its images.")
    boolean deleteRepository;

    @Option(names = "--delete-role", description = "With --aws: also delete the IAM role AgentCore4J-<name> and its inline policy.")
    boolean deleteRole;

    @Option(names = "--delete-memory", description = "Also delete the agent's memory: <name>_memory (memory auto) or the"
            + " configured memory id, with everything it remembers.")
    boolean deleteMemory;

    @Override
    public Integer call() throws InterruptedException {
        if (!target.aws() && (deleteRepository || deleteRole)) {
            throw new IllegalArgumentException("--delete-repository and --delete-role apply to --aws: the twin has no"
                    + " repository or role to delete");
        }
        DeployConfig config = target.config();
        String repository = LaunchImage.repository(config.name());
        String role = ExecutionRole.roleName(config.name());
        try (BedrockAgentCoreControlClient control = target.control(config)) {
            Optional<String> id = deleteRepository || deleteRole || deleteMemory ? DeployLookup.find(control, config, target)
                    : Optional.of(DeployLookup.require(control, config, target));
            Optional<String> memory = deleteMemory ? LaunchMemory.owned(control, config) : Optional.empty();
            if (!yes) {
                List<String> what = new ArrayList<>();
                id.ifPresent(i -> what.add("runtime " + config.name() + " (" + i + ") and its endpoints"));
                memory.ifPresent(m -> what.add("memory " + m + " with everything it remembers"));
                if (deleteRepository) {
                    what.add("ECR repository " + repository + " with its images");
                }
                if (deleteRole) {
                    what.add("IAM role " + role);
                }
                throw new IllegalArgumentException("this deletes " + String.join(", ", what)
                        + " in " + target.where(config) + ": run again with --yes to confirm");
            }
            if (id.isPresent()) {
                deleteRuntime(control, id.get());
                System.out.printf("Destroyed runtime %s (%s)%n", config.name(), id.get());
            } else {
                System.err.printf("No runtime named %s in %s%n", config.name(), target.where(config));
            }
            if (deleteMemory) {
                // After the runtime, which uses it; DeleteMemory answers DELETING and the memory goes shortly after.
                memory.ifPresentOrElse(m -> {
                    control.deleteMemory(b -> b.memoryId(m));
                    System.out.printf("Deleted memory %s%n", m);
                }, () -> System.err.printf("No memory %s in %s%n", config.memoryName(), target.where(config)));
            }
        }
        Region region = Region.of(config.region());
        if (deleteRepository) {
            try (EcrClient ecr = AwsClients.ecr(region)) {
                System.out.println(EcrRepository.delete(ecr, repository) ? "Deleted ECR repository " + repository
                        : "No ECR repository " + repository);
            }
        }
        if (deleteRole) {
            try (IamClient iam = AwsClients.iam(region)) {
                System.out.println(ExecutionRole.delete(iam, config.name(), System.err) ? "Deleted IAM role " + role
                        : "No IAM role " + role);
            }
        }
        List<String> kept = new ArrayList<>();
        if (target.aws() && !deleteRepository) {
            kept.add("ECR repository " + repository + " (--delete-repository)");
        }
        if (target.aws() && !deleteRole) {
            kept.add("IAM role " + role + " (--delete-role)");
        }
        if (!deleteMemory && config.hasMemory()) {
            kept.add("memory " + (config.memoryIsId() ? config.memory() : config.memoryName()) + " (--delete-memory)");
        }
        if (!kept.isEmpty()) {
            System.err.println("Kept " + String.join(" and ", kept) + ": add the option in brackets to delete it too");
        }
        return 0;
    }

    private static void deleteRuntime(BedrockAgentCoreControlClient control, String id) throws InterruptedException {
        for (AgentRuntimeEndpoint endpoint : control.listAgentRuntimeEndpointsPaginator(b -> b.agentRuntimeId(id)).runtimeEndpoints()) {
            if (!endpoint.name().equals("DEFAULT")) {
                control.deleteAgentRuntimeEndpoint(b -> b.agentRuntimeId(id).endpointName(endpoint.name()));
                System.err.printf("Deleted endpoint %s%n", endpoint.name());
            }
        }
        control.deleteAgentRuntime(b -> b.agentRuntimeId(id));
        awaitGone(control, id);
    }

    private static void awaitGone(BedrockAgentCoreControlClient control, String id) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                System.err.printf("  %s%n", control.getAgentRuntime(b -> b.agentRuntimeId(id)).status());
            } catch (ResourceNotFoundException gone) {
                return;
            }
            Thread.sleep(System.nanoTime() - start < Duration.ofSeconds(5).toNanos() ? 100 : 2_000);
        }
        throw new IllegalStateException("runtime " + id + " still exists 300 s after DeleteAgentRuntime: check ./ac4j status");
    }
}
