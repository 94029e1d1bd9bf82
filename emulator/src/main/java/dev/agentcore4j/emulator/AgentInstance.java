package dev.agentcore4j.emulator;

import java.net.URI;

/** One session's running agent: an OS process or a container server inside the twin. */
sealed interface AgentInstance extends AutoCloseable permits ProcessAgent, InProcessAgent {

    /** {@code http://127.0.0.1:<port>}. */
    URI base();

    boolean alive();

    /** Stops the agent at once; in-flight work is aborted. */
    @Override
    void close();
}
