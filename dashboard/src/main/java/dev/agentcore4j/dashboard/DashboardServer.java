package dev.agentcore4j.dashboard;

import com.sun.net.httpserver.HttpHandler;
import java.net.URI;

/**
 * The dashboard on one loopback port: the static web app ({@code /}), its WebJars
 * ({@code /webjars/…}) and the backend's REST API mounted under {@code /api/}.
 *
 * <pre>{@code
 * BackendApi backend = BackendApi.create(backendConfig);
 * try (DashboardServer dashboard = DashboardServer.start(DashboardConfig.defaults(), backend::handle)) {
 *     System.out.println("Dashboard: " + dashboard.url());     // http://127.0.0.1:8791/
 * }
 * }</pre>
 */
public interface DashboardServer extends AutoCloseable {

    /**
     * Binds {@code config}'s loopback address and port and serves.
     *
     * @param api answers every request under {@code /api/} (the backend's routes)
     * @throws IllegalStateException naming the fix when the port cannot be used
     */
    static DashboardServer start(DashboardConfig config, HttpHandler api) {
        return LoopbackDashboardServer.start(config, api);
    }

    /** {@code http://127.0.0.1:<port>/}: what to open in a browser. */
    URI url();

    int port();

    /** Stops serving; requests in flight get a moment to finish. */
    @Override
    void close();
}
