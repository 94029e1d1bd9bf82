package dev.agentcore4j.cli;

import dev.agentcore4j.memory.client.ActorId;
import dev.agentcore4j.memory.client.AgentMemory;
import dev.agentcore4j.memory.client.MemoryConfig;
import dev.agentcore4j.memory.client.MemoryIds;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * {@code ac4j memory inspect}: what a memory holds — status, strategies and namespaces, actors,
 * sessions, events, records — and, with {@code --query}, what the agent would recall and why it
 * recalls nothing (see {@link RecallDiagnosis}).
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"List memories (status, strategies, namespaces, expiry), actors, sessions, events and records.",
                "With --query, run the agent's retrieval and explain an empty recall."})
final class MemoryInspectCommand implements Callable<Integer> {

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "http://127.0.0.1:8790",
            description = "AgentCore endpoint: the twin (default: ${DEFAULT-VALUE}) or 'aws' for AWS itself.")
    String endpoint;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: $AWS_REGION or us-east-1).")
    String region;

    @Option(names = "--memory", paramLabel = "ID", description = "One memory (default: every memory).")
    String memory;

    @Option(names = "--actor", paramLabel = "ACTOR", description = "One actor (default: every actor; the query uses default_actor).")
    String actor;

    @Option(names = "--session", paramLabel = "ID", description = "One session: the runtime session id, mapped as the agent maps it.")
    String session;

    @Option(names = "--query", paramLabel = "TEXT", description = "Retrieve as the agent would for this prompt, and explain an empty result.")
    String query;

    @Option(names = "--min-score", paramLabel = "SCORE", defaultValue = "" + MemoryConfig.DEFAULT_MIN_SCORE,
            description = "The agent's minimum score (AC4J_MEMORY_MIN_SCORE; default: ${DEFAULT-VALUE}).")
    double minScore;

    @Option(names = "--top-k", paramLabel = "N", defaultValue = "" + MemoryConfig.DEFAULT_TOP_K,
            description = "Records retrieved per namespace (AC4J_MEMORY_TOP_K; default: ${DEFAULT-VALUE}).")
    int topK;

    @Option(names = "--extraction-delay", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long extraction may take after an event before 'pending' becomes a problem (default: ${DEFAULT-VALUE}).")
    int extractionDelaySeconds;

    @Override
    public Integer call() {
        validate();
        Optional<URI> override = endpoint.equals("aws") ? Optional.empty() : Optional.of(URI.create(endpoint));
        Region awsRegion = Region.of(region != null ? region : System.getenv().getOrDefault("AWS_REGION", "us-east-1"));
        try (BedrockAgentCoreControlClient control = AwsClients.control(override, awsRegion);
             BedrockAgentCoreClient data = AwsClients.data(override, awsRegion)) {
            MemoryInspector inspector = new MemoryInspector(control, data, id -> retrieval(id, override, awsRegion),
                    Clock.systemUTC(), Duration.ofSeconds(extractionDelaySeconds));
            List<String> ids = memory != null ? List.of(memory) : inspector.memoryIds();
            if (ids.isEmpty()) {
                System.out.println("no memories at " + endpoint + ": ./ac4j up creates ac4j_demo_memory");
                return 0;
            }
            InspectReport report = new InspectReport(System.out, Clock.systemUTC().instant());
            for (String id : ids) {
                report.print(inspector.inspect(id, Optional.ofNullable(actor), Optional.ofNullable(session),
                        Optional.ofNullable(query), minScore));
            }
            return 0;
        } catch (SdkClientException e) {
            throw new IllegalStateException("cannot reach AgentCore Memory at " + endpoint + ": " + e.getMessage()
                    + (override.isPresent() ? " (start the twin with ./ac4j up, or pass --endpoint)" : ""), e);
        }
    }

    private AgentMemory retrieval(String memoryId, Optional<URI> override, Region awsRegion) {
        MemoryConfig config = MemoryConfig.of(memoryId).withRegion(Optional.of(awsRegion.id())).withMinScore(0).withTopK(topK);
        if (override.isPresent()) {
            config = config.withEndpoint(override.get()).withCredentials(AwsClients.LOCAL);
        }
        return AgentMemory.agentCore(config);
    }

    private void validate() {
        if (memory != null && !MemoryIds.validMemoryId(memory)) {
            throw new IllegalArgumentException("--memory " + memory + " is not a memory id: use the id CreateMemory "
                    + "answered, e.g. ac4j_demo_memory-AbCdE12345 (./ac4j memory inspect lists them)");
        }
        if (actor != null) {
            try {
                ActorId.of(actor);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--actor: " + e.getMessage());
            }
        }
        if (session != null && session.isBlank()) {
            throw new IllegalArgumentException("--session must not be empty");
        }
        if (query != null && query.isBlank()) {
            throw new IllegalArgumentException("--query must not be empty: give the prompt to recall for");
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("--min-score must be from 0 to 1, got " + minScore);
        }
        if (topK < 1 || topK > 100) {
            throw new IllegalArgumentException("--top-k must be from 1 to 100, got " + topK);
        }
        if (extractionDelaySeconds < 0) {
            throw new IllegalArgumentException("--extraction-delay must not be negative");
        }
    }
}
