package dev.agentcore4j.emulator;

import dev.agentcore4j.runtime.InvocationHandler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the twin runs for a container URI: a command started as its own OS process per session (the
 * default, like AgentCore's microVM per session), or a handler served in the twin's JVM per session
 * (tests and density).
 *
 * <pre>{@code
 * TwinConfig.builder()
 *     .image("public.ecr.aws/acme/agent:1", AgentImage.command(List.of("java", "-jar", "agent.jar")))
 *     .image("public.ecr.aws/acme/echo:1", AgentImage.inProcess(() -> inv -> Reply.json(inv.payload())))
 * }</pre>
 */
public sealed interface AgentImage {

    /** A process started with {@code PORT} (a free loopback port) and {@code HOST=127.0.0.1} set. */
    static AgentImage command(List<String> command) {
        return new Command(command, Map.of());
    }

    static AgentImage command(List<String> command, Map<String, String> environment) {
        return new Command(command, environment);
    }

    /** One container server per session inside the twin; each session gets a fresh handler. */
    static AgentImage inProcess(Supplier<InvocationHandler> handlers) {
        Objects.requireNonNull(handlers, "handlers");
        return new InProcess(environment -> handlers.get());
    }

    /**
     * Like {@link #inProcess(Supplier)}, each session's handler made from the environment a process
     * would get: the runtime's {@code environmentVariables} plus {@code AWS_REGION} and the like.
     */
    static AgentImage inProcessWithEnvironment(Function<Map<String, String>, InvocationHandler> handlers) {
        return new InProcess(handlers);
    }

    /** The bundled agent: {@code java -jar <cliJar> agent}, with the twin's own Java. */
    static AgentImage bundledAgent(Path cliJar) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new Command(List.of(java, "-jar", cliJar.toAbsolutePath().toString(), "agent"), Map.of());
    }

    record Command(List<String> command, Map<String, String> environment) implements AgentImage {
        public Command {
            command = List.copyOf(command);
            environment = Map.copyOf(environment);
            if (command.isEmpty()) {
                throw new IllegalArgumentException("an image command needs at least the program to run");
            }
        }
    }

    record InProcess(Function<Map<String, String>, InvocationHandler> handlers) implements AgentImage {
        public InProcess {
            Objects.requireNonNull(handlers, "handlers");
        }
    }
}
