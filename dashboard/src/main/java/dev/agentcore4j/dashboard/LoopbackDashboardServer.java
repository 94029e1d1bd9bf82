package dev.agentcore4j.dashboard;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import robaho.net.httpserver.DefaultHttpServerProvider;

/** {@link DashboardServer} on robaho httpserver, one virtual thread per connection, like the twin. */
final class LoopbackDashboardServer implements DashboardServer {

    private static final System.Logger LOG = System.getLogger(LoopbackDashboardServer.class.getName());

    static {
        // The chat's server-side stream (/api/sessions/{id}/messages) must leave frame by frame.
        if (System.getProperty("robaho.net.httpserver.nodelay") == null) {
            System.setProperty("robaho.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI url;

    private LoopbackDashboardServer(HttpServer server, ExecutorService executor, URI url) {
        this.server = server;
        this.executor = executor;
        this.url = url;
    }

    static DashboardServer start(DashboardConfig config, HttpHandler api) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(api, "api");
        HttpServer server;
        try {
            server = new DefaultHttpServerProvider().createHttpServer(
                    new InetSocketAddress(config.address(), config.port()), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + config.address().getHostAddress() + ":" + config.port()
                    + " (" + e.getMessage() + "): choose another port with --dashboard-port, or 0 for any free one", e);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", new DashboardRoutes(api, new Assets(LoopbackDashboardServer.class.getClassLoader())));
        server.start();
        String host = config.address() instanceof Inet6Address ? "[::1]" : config.address().getHostAddress();
        URI url = URI.create("http://" + host + ":" + server.getAddress().getPort() + "/");
        LOG.log(Level.INFO, "url=" + url + " | dashboard up");
        return new LoopbackDashboardServer(server, executor, url);
    }

    @Override
    public URI url() {
        return url;
    }

    @Override
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
