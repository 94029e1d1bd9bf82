package dev.agentcore4j.backend;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import robaho.net.httpserver.DefaultHttpServerProvider;

/**
 * The backend API alone on a loopback port (robaho httpserver, a virtual thread per connection):
 * what {@link BackendMain} runs, and what the tests start on port 0. The dashboard mounts
 * {@link BackendApi} in its own server instead.
 *
 * <pre>{@code
 * try (BackendServer server = BackendServer.start(config, 0)) {
 *     URI api = server.endpoint().resolve("/api/sessions");
 * }
 * }</pre>
 */
public final class BackendServer implements AutoCloseable {

    static {
        // SSE frames must leave at once (Nagle would hold small writes).
        if (System.getProperty("robaho.net.httpserver.nodelay") == null) {
            System.setProperty("robaho.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final BackendApi api;

    private BackendServer(HttpServer server, ExecutorService executor, BackendApi api) {
        this.server = server;
        this.executor = executor;
        this.api = api;
    }

    /**
     * Opens the API ({@link BackendApi#create}) and serves it on {@code 127.0.0.1:port}.
     *
     * @throws IllegalStateException naming the fix when the port cannot be bound
     */
    public static BackendServer start(BackendConfig config, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        BackendApi api = BackendApi.create(config);
        HttpServer server;
        try {
            server = new DefaultHttpServerProvider().createHttpServer(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            api.close();
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "): choose another port with AC4J_BACKEND_PORT, or 0 for any free one", e);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", api::handle);
        server.start();
        return new BackendServer(server, executor, api);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}; the API is under {@code /api/}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public BackendApi api() {
        return api;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        api.close();
    }
}
