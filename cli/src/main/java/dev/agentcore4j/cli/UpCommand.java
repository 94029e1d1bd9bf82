package dev.agentcore4j.cli;

import dev.agentcore4j.container.AgentContainer;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.runtime.RuntimeConfig;
import dev.agentcore4j.runtime.RuntimeServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ac4j up}: the local stack, offline. Today that is the bundled agent container on
 * loopback; the AgentCore twin and the dashboard join it as they land.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start the local stack (offline by default) and print how to call it.")
final class UpCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Loopback port of the agent container (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        RuntimeConfig config = RuntimeConfig.fromEnvironment(System.getenv()).withHost("127.0.0.1").withPort(port);
        RuntimeServer server = AgentContainer.start(config, ContainerConfig.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ac4j-shutdown"));
        String base = "http://127.0.0.1:" + server.port();
        System.out.println("""
                AgentCore4J is up (offline model, no credentials needed).

                  agent container  %1$s  (POST /invocations, GET /ping, /ws)

                Try it:
                  curl -s %1$s/ping
                  curl -s %1$s/invocations -H 'Content-Type: application/json' \\
                       -H 'X-Amzn-Bedrock-AgentCore-Runtime-Session-Id: demo-session-0000000000000000000000001' \\
                       -d '{"prompt": "What is the weather in Tokyo?"}'
                  curl -sN %1$s/invocations -H 'Accept: text/event-stream' -d '{"prompt": "15 * 23 + 7 は？"}'

                Ctrl+C stops.""".formatted(base));
        server.awaitClose();
        return 0;
    }
}
