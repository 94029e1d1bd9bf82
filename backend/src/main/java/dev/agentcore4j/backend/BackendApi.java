package dev.agentcore4j.backend;

import com.sun.net.httpserver.HttpExchange;

/**
 * The backend's REST API under {@code /api/} (docs/backend-api.md), as a handler any
 * {@code com.sun.net.httpserver} server can mount — the JDK's or robaho's. It owns the store and
 * the SDK clients: close it when the server stops.
 *
 * <pre>{@code
 * BackendApi api = BackendApi.create(BackendConfig.builder().dataDir(dir).build());
 * server.createContext("/api/", api::handle);
 * }</pre>
 */
public interface BackendApi extends AutoCloseable {

    /**
     * Opens the store in {@code config.dataDir()} (rebuilding the session views from the log) and
     * wires the agent port of {@code config.mode()}.
     *
     * @throws IllegalStateException naming the directory when the store cannot be opened
     */
    static BackendApi create(BackendConfig config) {
        return LocalBackend.create(config);
    }

    /** Serves one request whose path starts with {@code /api/}; anything else is a JSON 404. */
    void handle(HttpExchange exchange);

    /** The mode messages go through. */
    Mode mode();

    /** Stops a running benchmark, closes the SDK clients and the store. */
    @Override
    void close();
}
