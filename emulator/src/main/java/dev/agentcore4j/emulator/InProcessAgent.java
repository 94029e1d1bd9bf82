package dev.agentcore4j.emulator;

import dev.agentcore4j.runtime.RuntimeConfig;
import dev.agentcore4j.runtime.RuntimeServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** A session's agent inside the twin's JVM: its own container server on a loopback port, fresh handler. */
final class InProcessAgent implements AgentInstance {

    private final RuntimeServer server;
    private volatile boolean closed;

    private InProcessAgent(RuntimeServer server) {
        this.server = server;
    }

    static InProcessAgent start(AgentImage.InProcess image, Map<String, String> environment) {
        RuntimeConfig config = RuntimeConfig.defaults().withHost("127.0.0.1").withPort(0)
                .withShutdownGrace(Duration.ZERO);
        return new InProcessAgent(RuntimeServer.builder().config(config).handler(image.handlers().apply(Map.copyOf(environment))).start());
    }

    @Override
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public boolean alive() {
        return !closed;
    }

    @Override
    public void close() {
        closed = true;
        server.close();
    }
}
