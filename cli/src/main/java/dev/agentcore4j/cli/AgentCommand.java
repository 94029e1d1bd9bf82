package dev.agentcore4j.cli;

import dev.agentcore4j.container.AgentContainer;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.runtime.RuntimeConfig;
import dev.agentcore4j.runtime.RuntimeServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ac4j agent}: the bundled agent container, exactly what the image runs. */
@Command(name = "agent", mixinStandardHelpOptions = true,
        description = {"Run the bundled agent container (POST /invocations, GET /ping, /ws).",
            "Listens on 0.0.0.0:8080 unless --host/--port or HOST/PORT say otherwise; stops gracefully on SIGTERM."})
final class AgentCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: $PORT or 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to bind (default: $HOST or 0.0.0.0).")
    String host;

    @Option(names = "--train", description = "Serve a short scripted workload on a free loopback port, then exit "
            + "(the training run that records the AOT cache).")
    boolean train;

    @Override
    public Integer call() throws Exception {
        RuntimeConfig config = RuntimeConfig.fromEnvironment(System.getenv());
        if (train) {
            config = config.withHost("127.0.0.1").withPort(0);
        } else {
            if (port != null) {
                config = config.withPort(port);
            }
            if (host != null) {
                config = config.withHost(host);
            }
        }
        RuntimeServer server = AgentContainer.start(config, ContainerConfig.fromEnvironment(System.getenv()));
        if (train) {
            try (server) {
                TrainingRun.exercise(server.port());
            }
            return 0;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ac4j-shutdown"));
        System.err.println("ac4j agent: listening on http://" + config.host() + ":" + server.port()
                + " (POST /invocations, GET /ping, /ws); Ctrl+C stops");
        server.awaitClose();
        return 0;
    }
}
