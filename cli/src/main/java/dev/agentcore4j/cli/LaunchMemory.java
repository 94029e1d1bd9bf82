package dev.agentcore4j.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;

/**
 * The memory {@code ./ac4j launch} gives the agent, through the control plane the runtime goes to (the
 * twin's or AWS's), per the config's {@code memory}: {@code auto} finds or creates {@code <name>_memory}
 * (so a rerun never makes a second one), an id must exist (GetMemory, before the runtime is touched),
 * {@code none} makes no call. The runtime then gets {@code AC4J_MEMORY_ID}.
 */
final class LaunchMemory {

    static final String DESCRIPTION = "AgentCore4J agent memory, made by ./ac4j launch: conversations and what the agent"
            + " learns about its users";
    /** AgentCore takes a few minutes to make a memory ACTIVE; the twin about a second. */
    private static final Duration ACTIVE_TIMEOUT = Duration.ofMinutes(10);

    private LaunchMemory() {
    }

    /** The memory's id once ACTIVE, or empty for {@code memory none}. */
    static Optional<String> resolve(BedrockAgentCoreControlClient control, DeployConfig config, String where,
                                    PrintStream progress) throws InterruptedException {
        if (!config.hasMemory()) {
            progress.println("No memory (memory none): the agent forgets between sessions");
            return Optional.empty();
        }
        if (config.memoryIsId()) {
            String id = config.memory();
            requireExisting(control, id, where);
            progress.printf("Using memory %s%n", id);
            return Optional.of(DemoMemory.awaitActive(control, id, progress, ACTIVE_TIMEOUT));
        }
        return Optional.of(DemoMemory.ensure(control, config.memoryName(), DESCRIPTION, progress, ACTIVE_TIMEOUT));
    }

    /** The memory {@code destroy --delete-memory} deletes: the configured id, or the auto memory if it exists. */
    static Optional<String> owned(BedrockAgentCoreControlClient control, DeployConfig config) {
        if (!config.hasMemory()) {
            throw new IllegalArgumentException("--delete-memory: the config says memory none, so launch made no memory;"
                    + " drop --delete-memory (to delete another memory, configure --memory ID first)");
        }
        return config.memoryIsId() ? Optional.of(config.memory()) : DemoMemory.find(control, config.memoryName());
    }

    private static void requireExisting(BedrockAgentCoreControlClient control, String id, String where) {
        try {
            control.getMemory(b -> b.memoryId(id));
        } catch (ResourceNotFoundException e) {
            throw new IllegalArgumentException("memory " + id + " does not exist in " + where + ": configure another id"
                    + " (./ac4j configure --memory ID), or --memory auto to create one for this agent", e);
        }
    }
}
