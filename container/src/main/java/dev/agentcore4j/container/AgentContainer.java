package dev.agentcore4j.container;

import dev.agentcore4j.runtime.InvocationHandler;
import dev.agentcore4j.runtime.RuntimeConfig;
import dev.agentcore4j.runtime.RuntimeServer;
import java.time.Clock;

/**
 * The bundled agent behind the AgentCore container contract, plus the seed container's own API
 * ({@code /health}, {@code /sessions}, {@code /agents/*} and {@code action} payloads) on the same
 * server. See docs/container.md.
 */
public final class AgentContainer {

    private AgentContainer() {
    }

    /** The {@code /invocations} handler of the bundled agent (prompts and seed actions). */
    public static InvocationHandler handler(ContainerConfig config) {
        SessionAgents sessions = new SessionAgents(config, Clock.systemUTC());
        return new AgentInvocationHandler(sessions, new SeedActions(new SeedApi(sessions)));
    }

    /** Starts the container server with the bundled agent and the seed API routes. */
    public static RuntimeServer start(RuntimeConfig runtime, ContainerConfig config) {
        SessionAgents sessions = new SessionAgents(config, Clock.systemUTC());
        SeedApi api = new SeedApi(sessions);
        RuntimeServer.Builder builder = RuntimeServer.builder().config(runtime)
                .handler(new AgentInvocationHandler(sessions, new SeedActions(api)));
        RuntimeServer server = SeedRoutes.register(builder, api).start();
        // After the server listens: the memory client's SDK classes load off the start-up path.
        config.memory().warmUp();
        return server;
    }
}
