package dev.agentcore4j.cli;

import dev.agentcore4j.backend.BackendApi;
import dev.agentcore4j.backend.BackendConfig;
import dev.agentcore4j.dashboard.DashboardConfig;
import dev.agentcore4j.dashboard.DashboardServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * The dashboard of {@code ac4j up}: the backend API in agentcore mode, pointing at the twin and the
 * demo runtime, served with the web UI on one loopback port. The browser then calls the twin's data
 * plane directly, as it would call AgentCore Runtime on AWS.
 */
final class UpDashboard implements AutoCloseable {

    private final BackendApi backend;
    private final DashboardServer server;

    private UpDashboard(BackendApi backend, DashboardServer server) {
        this.backend = backend;
        this.server = server;
    }

    /**
     * @param dataDir where the backend keeps its store (session history, benchmark runs, settings)
     * @param env     the provider settings (API keys, base URLs) the settings page may switch to
     */
    static UpDashboard start(Path dataDir, URI twin, String runtimeArn, int port, Map<String, String> env) {
        BackendApi backend = BackendApi.create(BackendConfig.builder().dataDir(dataDir).environment(env)
                .endpoint(twin).runtimeArn(runtimeArn).build());
        try {
            return new UpDashboard(backend, DashboardServer.start(DashboardConfig.defaults().withPort(port), backend::handle));
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    URI url() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
        backend.close();
    }
}
