package dev.agentcore4j.cli;

import dev.agentcore4j.container.AgentContainer;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.runtime.RuntimeConfig;
import dev.agentcore4j.runtime.RuntimeServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code ac4j agent}: the bundled agent container, exactly what the image runs. {@link Main} runs it
 * directly (see {@link AgentOptions} for why); this picocli face lists it in {@code ac4j --help}.
 */
@Command(name = AgentCommand.NAME, description = "Run the bundled agent container (POST /invocations, GET /ping, /ws).")
final class AgentCommand implements Callable<Integer> {

    static final String NAME = "agent";

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return run(AgentOptions.parse(args.toArray(String[]::new)));
    }

    static int run(AgentOptions options) throws Exception {
        if (options.help()) {
            System.out.println(AgentOptions.USAGE);
            return 0;
        }
        RuntimeConfig config = RuntimeConfig.fromEnvironment(System.getenv());
        if (options.train()) {
            config = config.withHost("127.0.0.1").withPort(0);
        } else {
            config = config.withPort(options.port().orElse(config.port())).withHost(options.host().orElse(config.host()));
        }
        Map<String, String> env = System.getenv();
        if (options.train()) {
            // The training workload is the offline model's: it must not call (or need keys for) AC4J_MODEL's provider.
            env = new HashMap<>(env);
            env.remove("AC4J_MODEL");
        }
        RuntimeServer server = AgentContainer.start(config, ContainerConfig.fromEnvironment(env));
        if (options.train()) {
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
