package dev.agentcore4j.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetMemoryResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemorySummary;

/**
 * An agent's AgentCore Memory, made through the control plane (the twin's or AWS's) with the same
 * SDK calls everywhere: found by name, or created with three built-in strategies — facts (semantic),
 * preferences (user preference) and summaries (per session) — then awaited until ACTIVE. {@code ./ac4j up}
 * makes {@value #NAME} for the bundled agent; {@code ./ac4j launch} makes {@code <name>_memory} (see {@link LaunchMemory}).
 */
final class DemoMemory {

    static final String NAME = "ac4j_demo_memory";
    static final String FACTS = "/users/{actorId}/facts";
    static final String PREFERENCES = "/users/{actorId}/preferences";
    static final String SUMMARIES = "/summaries/{actorId}/{sessionId}";
    static final int EVENT_EXPIRY_DAYS = 30;
    private static final String DEMO_DESCRIPTION =
            "AgentCore4J demo memory: the bundled agent's conversations and what it learns about its users";

    private DemoMemory() {
    }

    /** {@code up}'s memory: quiet, ACTIVE within 60 s (the twin settles in a second). */
    static String ensure(BedrockAgentCoreControlClient control, String name) throws InterruptedException {
        return ensure(control, name, DEMO_DESCRIPTION, new PrintStream(OutputStream.nullOutputStream()), Duration.ofSeconds(60));
    }

    /** @return the id of the memory called {@code name}, found or created, once it is ACTIVE; progress on {@code progress} */
    static String ensure(BedrockAgentCoreControlClient control, String name, String description, PrintStream progress,
                         Duration timeout) throws InterruptedException {
        Optional<String> found = find(control, name);
        String id;
        if (found.isPresent()) {
            id = found.get();
            progress.printf("Using memory %s (%s)%n", name, id);
        } else {
            progress.printf("Creating memory %s (facts, preferences, summaries; events kept %d days) …%n", name, EVENT_EXPIRY_DAYS);
            id = control.createMemory(b -> b.name(name).description(description)
                    .eventExpiryDuration(EVENT_EXPIRY_DAYS)
                    .memoryStrategies(
                            s -> s.semanticMemoryStrategy(x -> x.name("facts").namespaces(FACTS)),
                            s -> s.userPreferenceMemoryStrategy(x -> x.name("preferences").namespaces(PREFERENCES)),
                            s -> s.summaryMemoryStrategy(x -> x.name("summaries").namespaces(SUMMARIES))))
                    .memory().id();
        }
        return awaitActive(control, id, progress, timeout);
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

    /** Waits until the memory is ACTIVE, reporting each status change; FAILED or DELETING fail at once. */
    static String awaitActive(BedrockAgentCoreControlClient control, String id, PrintStream progress, Duration timeout)
            throws InterruptedException {
        long start = System.nanoTime();
        MemoryStatus last = null;
        while (true) {
            GetMemoryResponse response = control.getMemory(b -> b.memoryId(id));
            MemoryStatus status = response.memory().status();
            if (status != last) {
                last = status;
                progress.printf("  %5.1f s  memory %s%n", (System.nanoTime() - start) / 1e9, status);
            }
            if (status == MemoryStatus.ACTIVE) {
                return id;
            }
            if (status == MemoryStatus.FAILED || status == MemoryStatus.DELETING) {
                throw new IllegalStateException("memory " + id + " is " + status + ": " + response.memory().failureReason());
            }
            if (System.nanoTime() - start > timeout.toNanos()) {
                throw new IllegalStateException("memory " + id + " is still " + status + " after " + timeout.toSeconds() + " s");
            }
            // The twin settles in about a second, AWS in a few minutes.
            Thread.sleep(System.nanoTime() - start < Duration.ofSeconds(5).toNanos() ? 50 : 2_000);
        }
    }
}
