package dev.agentcore4j.cli;

import dev.agentcore4j.container.Models;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcore.model.InvokeAgentRuntimeResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/** {@code ac4j invoke}: one prompt to a runtime through the data plane, the answer streamed as it comes. */
@Command(name = "invoke", mixinStandardHelpOptions = true,
        description = "Send a prompt to an AgentCore runtime (the local twin by default) and stream the answer.")
final class InvokeCommand implements Callable<Integer> {

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "http://127.0.0.1:8790",
            description = "AgentCore endpoint: the twin (default: ${DEFAULT-VALUE}) or 'aws' for AWS itself.")
    String endpoint;

    @Option(names = "--runtime", paramLabel = "NAME|ARN", defaultValue = DemoRuntime.NAME,
            description = "Runtime name or ARN (default: ${DEFAULT-VALUE}).")
    String runtime;

    @Option(names = "--session", paramLabel = "ID", description = "Runtime session id, 33-256 characters (default: a new one).")
    String session;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: $AWS_REGION or us-east-1).")
    String region;

    @Option(names = "--model", paramLabel = "NAME",
            description = "Model for a new session: offline, bedrock, openai or anthropic; the runtime must have "
                    + "that provider's variables (default: the runtime's AC4J_MODEL).")
    String model;

    @Option(names = "--actor", paramLabel = "ID",
            description = "Whose memory this is, sent as \"actorId\" (default: the runtime's: the JWT subject, else default_actor).")
    String actor;

    @Option(names = "--raw", description = "Print the response body as received.")
    boolean raw;

    @Parameters(paramLabel = "PROMPT", arity = "1..*", description = "The prompt (words are joined with spaces).")
    List<String> prompt;

    @Override
    public Integer call() throws IOException {
        String sessionId = session != null ? session : "ac4j-" + UUID.randomUUID();
        if (sessionId.length() < 33 || sessionId.length() > 256) {
            throw new IllegalArgumentException("--session must be 33 to 256 characters long, got " + sessionId.length());
        }
        Optional<URI> override = endpoint.equals("aws") ? Optional.empty() : Optional.of(URI.create(endpoint));
        Region awsRegion = Region.of(region != null ? region : System.getenv().getOrDefault("AWS_REGION", "us-east-1"));
        String arn = runtime.startsWith("arn:") ? runtime : lookup(override, awsRegion);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("prompt", String.join(" ", prompt));
        if (model != null) {
            body.put("model", modelName(model));
        }
        if (actor != null) {
            if (actor.isBlank()) {
                throw new IllegalArgumentException("--actor is empty: give an actor id such as alice or user-42");
            }
            body.put("actorId", actor.strip());
        }
        byte[] payload = StreamPrinter.JSON.writeValueAsBytes(body);
        try (BedrockAgentCoreClient data = AwsClients.data(override, awsRegion);
             ResponseInputStream<InvokeAgentRuntimeResponse> response = data.invokeAgentRuntime(b -> b
                     .agentRuntimeArn(arn).qualifier("DEFAULT").runtimeSessionId(sessionId)
                     .contentType("application/json").accept("text/event-stream")
                     .payload(SdkBytes.fromByteArray(payload)))) {
            StreamPrinter printer = new StreamPrinter(System.out, System.err, raw);
            printer.print(response, response.response().contentType());
            System.err.println("session: " + sessionId + "  (continue it with --session " + sessionId + ")");
            return printer.failed() ? 1 : 0;
        }
    }

    /** @throws IllegalArgumentException naming the models when {@code name} is none of them */
    static String modelName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (!Models.names().contains(wanted)) {
            throw new IllegalArgumentException("--model " + name.strip() + " is not a model: use one of "
                    + String.join(", ", Models.names()));
        }
        return wanted;
    }

    private String lookup(Optional<URI> override, Region awsRegion) {
        try (BedrockAgentCoreControlClient control = AwsClients.control(override, awsRegion)) {
            String id = DemoRuntime.find(control, runtime).orElseThrow(() -> new IllegalArgumentException(
                    "no runtime named '" + runtime + "' at " + endpoint + ": start the local stack with ./ac4j up, "
                    + "or pass --runtime with a name or ARN that exists"));
            return control.getAgentRuntime(b -> b.agentRuntimeId(id)).agentRuntimeArn();
        }
    }
}
