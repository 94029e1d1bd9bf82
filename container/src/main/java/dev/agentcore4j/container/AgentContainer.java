package dev.agentcore4j.container;

import dev.agentcore4j.runtime.InvocationHandler;
import dev.agentcore4j.runtime.RuntimeConfig;
import dev.agentcore4j.runtime.RuntimeServer;

/** The bundled agent behind the AgentCore container contract. */
public final class AgentContainer {

    private AgentContainer() {
    }

    /** The {@code /invocations} handler of the bundled agent. */
    public static InvocationHandler handler(ContainerConfig config) {
        return new AgentInvocationHandler(config);
    }

    /** Starts the container server with the bundled agent. */
    public static RuntimeServer start(RuntimeConfig runtime, ContainerConfig config) {
        return RuntimeServer.builder().config(runtime).handler(handler(config)).start();
    }
}
