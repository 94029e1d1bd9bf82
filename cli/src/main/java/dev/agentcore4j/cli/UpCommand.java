package dev.agentcore4j.cli;

import dev.agentcore4j.emulator.Twin;
import dev.agentcore4j.emulator.TwinConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * {@code ac4j up}: the local stack, offline — the AgentCore twin on one loopback port with the
 * bundled agent deployed as runtime {@code demo_agent}, and the dashboard (web UI and backend API)
 * on a second loopback port.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start the local stack (the AgentCore twin with the bundled agent as demo_agent) and print how to call it.")
final class UpCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8790",
            description = "Loopback port of the twin (control plane and data plane; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--dashboard-port", paramLabel = "PORT", defaultValue = "8791",
            description = "Loopback port of the dashboard (web UI and its /api/; default: ${DEFAULT-VALUE}; 0: any free port).")
    int dashboardPort;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Where the twin's registry, session logs and the tools' data live (default: $AC4J_HOME or ~/.ac4j).")
    Path home;

    @Override
    public Integer call() throws Exception {
        Path root = Optional.ofNullable(home).orElseGet(UpCommand::defaultHome);
        Twin twin = Twin.start(TwinConfig.builder()
                .port(port)
                .dataDir(root.resolve("twin"))
                .image(TwinConfig.BUNDLED_AGENT_URI, BundledAgentImage.create(root.resolve("data")))
                .environment(System.getenv()) // AC4J_MEMORY_DB: the Memory store (embedded or PostgreSQL)
                .build());
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<UpDashboard> dashboard = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Optional.ofNullable(dashboard.get()).ifPresent(UpDashboard::close);
            twin.close();
            stopped.countDown();
        }, "ac4j-shutdown"));
        String arn;
        String memoryId;
        try (BedrockAgentCoreControlClient control = AwsClients.control(Optional.of(twin.endpoint()), Region.US_EAST_1)) {
            memoryId = DemoMemory.ensure(control, DemoMemory.NAME);
            arn = DemoRuntime.ensure(control, DemoRuntime.NAME, agentEnvironment(twin.endpoint().toString(), memoryId));
        }
        dashboard.set(UpDashboard.start(root.resolve("data"), twin.endpoint(), arn, dashboardPort, System.getenv()));
        System.out.println(summary(twin.endpoint().toString(), arn, dashboard.get().url().toString(), memoryId));
        stopped.await();
        return 0;
    }

    static Path defaultHome() {
        String env = System.getenv("AC4J_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".ac4j");
    }

    /**
     * What demo_agent's processes are started with: the memory to remember in, reached at the twin
     * (both planes on its port) with the local credentials the twin accepts.
     */
    static Map<String, String> agentEnvironment(String endpoint, String memoryId) {
        return Map.of("AC4J_MEMORY_ID", memoryId, "AC4J_MEMORY_ENDPOINT", endpoint,
                "AWS_ACCESS_KEY_ID", AwsClients.LOCAL.accessKeyId(), "AWS_SECRET_ACCESS_KEY", AwsClients.LOCAL.secretAccessKey());
    }

    static String summary(String endpoint, String arn, String dashboard, String memoryId) {
        String url = endpoint + "/runtimes/" + URLEncoder.encode(arn, StandardCharsets.UTF_8) + "/invocations?qualifier=DEFAULT";
        return """
                AgentCore4J is up (offline model, no credentials needed).

                Dashboard: %4$s   (chat, sessions, compare, benchmark, runtimes, settings)

                  AgentCore twin  %1$s   (control plane and data plane)
                  runtime         demo_agent   %2$s
                  invoke URL      %3$s
                  memory          %5$s   (facts, preferences, summaries; ./ac4j memory inspect)

                Try it:
                  ./ac4j invoke "What is the weather in Tokyo?"
                  ./ac4j invoke --session my-first-session-000000000000000001 "私の名前は田中太郎です"
                  curl -sN '%3$s' \\
                       -H 'X-Amzn-Bedrock-AgentCore-Runtime-Session-Id: demo-session-00000000000000000000000001' \\
                       -H 'Accept: text/event-stream' -d '{"prompt": "15 * 23 + 7 は？"}'

                AWS SDKs and the AWS CLI (endpoint override, any credentials):
                  export AWS_ENDPOINT_URL_BEDROCK_AGENTCORE=%1$s
                  export AWS_ENDPOINT_URL_BEDROCK_AGENTCORE_CONTROL=%1$s
                  export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_REGION=us-east-1
                  aws bedrock-agentcore-control list-agent-runtimes

                Ctrl+C stops.""".formatted(endpoint, arn, url, dashboard, memoryId);
    }
}
