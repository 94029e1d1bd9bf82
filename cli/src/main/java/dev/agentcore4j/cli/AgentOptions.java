package dev.agentcore4j.cli;

import java.util.Optional;

/**
 * The options of {@code ac4j agent}, parsed without picocli: this is the container's entry point,
 * and picocli's classes are too old a class-file version for the AOT cache (building its command
 * model costs a cold start ~100 ms). The rest of the CLI uses picocli.
 *
 * @param port {@code --port}, else {@code PORT}, else 8080
 * @param host {@code --host}, else {@code HOST}, else 0.0.0.0
 * @param train {@code --train}: serve the training workload, then exit
 * @param help {@code --help}/{@code -h}: print {@link #USAGE}
 */
record AgentOptions(Optional<Integer> port, Optional<String> host, boolean train, boolean help) {

    static final String USAGE = """
            Usage: ac4j agent [--port PORT] [--host HOST] [--train] [--help]
            Run the bundled agent container (POST /invocations, GET /ping, /ws), exactly what the image runs.
            Listens on 0.0.0.0:8080 unless --host/--port or HOST/PORT say otherwise; stops gracefully on SIGTERM.
                  --port PORT   TCP port (default: $PORT or 8080; 0 picks a free one)
                  --host HOST   interface to bind (default: $HOST or 0.0.0.0)
                  --train       serve a short workload on a free loopback port, then exit
                                (the training run that records the AOT cache)
              -h, --help        show this help""";

    /** Thrown for a bad command line; the message names the problem and the fix. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    static AgentOptions parse(String... args) {
        Optional<Integer> port = Optional.empty();
        Optional<String> host = Optional.empty();
        boolean train = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--port" -> port = Optional.of(port(value(args, i++, arg, "--port")));
                case "--host" -> host = Optional.of(value(args, i++, arg, "--host"));
                case "--train" -> train = true;
                case "--help", "-h" -> help = true;
                default -> throw new UsageError("unknown option '" + arg + "' for ac4j agent: try --help");
            }
            if (arg.contains("=")) {
                i--; // the value was inline, nothing to skip
            }
        }
        return new AgentOptions(port, host, train, help);
    }

    private static String value(String[] args, int i, String arg, String name) {
        if (arg.contains("=")) {
            return arg.substring(arg.indexOf('=') + 1);
        }
        if (i + 1 >= args.length) {
            throw new UsageError("missing value for " + name + ": for example " + name + " 8080");
        }
        return args[i + 1];
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UsageError("invalid value for --port: '" + value + "' is not a port (0..65535)");
    }
}
