package dev.agentcore4j.cli;

import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetMemoryResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemorySummary;

/**
 * The memory {@code ./ac4j up} gives the bundled agent, made through the control plane with the same
 * SDK calls as on AWS: found by name, or created with three built-in strategies — facts (semantic),
 * preferences (user preference) and summaries (per session) — then awaited until ACTIVE.
 */
final class DemoMemory {

    static final String NAME = "ac4j_demo_memory";
    static final String FACTS = "/users/{actorId}/facts";
    static final String PREFERENCES = "/users/{actorId}/preferences";
    static final String SUMMARIES = "/summaries/{actorId}/{sessionId}";
    static final int EVENT_EXPIRY_DAYS = 30;

    private DemoMemory() {
    }

    /** @return the memory's id once it is ACTIVE */
    static String ensure(BedrockAgentCoreControlClient control, String name) throws InterruptedException {
        String id = find(control, name).orElseGet(() -> control.createMemory(b -> b.name(name)
                .description("AgentCore4J demo memory: the bundled agent's conversations and what it learns about its users")
                .eventExpiryDuration(EVENT_EXPIRY_DAYS)
                .memoryStrategies(
                        s -> s.semanticMemoryStrategy(x -> x.name("facts").namespaces(FACTS)),
                        s -> s.userPreferenceMemoryStrategy(x -> x.name("preferences").namespaces(PREFERENCES)),
                        s -> s.summaryMemoryStrategy(x -> x.name("summaries").namespaces(SUMMARIES))))
                .memory().id());
        return awaitActive(control, id);
    }

    /** A memory's id is {@code <name>-<10 characters>}; GetMemory confirms the name. */
    static Optional<String> find(BedrockAgentCoreControlClient control, String name) {
        for (MemorySummary memory : control.listMemoriesPaginator(b -> b.maxResults(100)).memories()) {
            if (memory.id().startsWith(name + "-")
                    && name.equals(control.getMemory(b -> b.memoryId(memory.id())).memory().name())) {
                return Optional.of(memory.id());
            }
        }
        return Optional.empty();
    }

    private static String awaitActive(BedrockAgentCoreControlClient control, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            GetMemoryResponse response = control.getMemory(b -> b.memoryId(id));
            MemoryStatus status = response.memory().status();
            if (status == MemoryStatus.ACTIVE) {
                return id;
            }
            if (status == MemoryStatus.FAILED || status == MemoryStatus.DELETING) {
                throw new IllegalStateException("memory " + id + " is " + status + ": " + response.memory().failureReason());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("memory " + id + " is still " + status + " after 60 s");
            }
            Thread.sleep(50);
        }
    }
}
