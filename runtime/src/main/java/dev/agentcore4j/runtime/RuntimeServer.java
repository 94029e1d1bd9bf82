package dev.agentcore4j.runtime;

import dev.agentcore4j.contract.PingStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A running agent container server.
 *
 * <pre>{@code
 * try (RuntimeServer server = RuntimeServer.builder()
 *         .config(RuntimeConfig.defaults().withPort(0))
 *         .handler(invocation -> Reply.json(invocation.payload()))
 *         .start()) {
 *     System.out.println("listening on " + server.port());
 * }
 * }</pre>
 */
public interface RuntimeServer extends AutoCloseable {

    static Builder builder() {
        return new Builder();
    }

    /** The bound port (useful with port 0). */
    int port();

    /** The ping state and the async-task API. */
    Health health();

    /**
     * Stops gracefully: no new connections, in-flight work gets up to the configured grace, then
     * whatever remains is cancelled.
     */
    @Override
    void close();

    /** Blocks until the server has been closed. */
    void awaitClose() throws InterruptedException;

    /** Collects what the server serves; {@link #start()} binds the port. */
    final class Builder {
        private RuntimeConfig config = RuntimeConfig.defaults();
        private InvocationHandler handler;
        private WebSocketHandler webSocketHandler;
        private Supplier<PingStatus> pingFunction;
        private final List<Route> routes = new ArrayList<>();

        private Builder() {
        }

        public Builder config(RuntimeConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        public Builder handler(InvocationHandler handler) {
            this.handler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        public Builder webSocket(WebSocketHandler webSocketHandler) {
            this.webSocketHandler = Objects.requireNonNull(webSocketHandler, "webSocketHandler");
            return this;
        }

        /** A custom status for {@code /ping}; if it throws, the automatic status is used. */
        public Builder ping(Supplier<PingStatus> pingFunction) {
            this.pingFunction = Objects.requireNonNull(pingFunction, "pingFunction");
            return this;
        }

        /**
         * Serves an extra route beside the contract paths, which it cannot replace. {@code path} is
         * matched segment by segment; a {@code {name}} segment matches any one segment and is
         * available as {@link Request#pathParam}. Routes are tried in the order they were added.
         *
         * <pre>{@code builder.route("DELETE", "/sessions/{id}", request -> Reply.json(Map.of("ended", true)));}</pre>
         *
         * @throws IllegalArgumentException for a malformed method or path, or a contract path
         */
        public Builder route(String method, String path, RouteHandler handler) {
            routes.add(Route.of(method, path, handler));
            return this;
        }

        /**
         * Binds and starts serving.
         *
         * @throws UncheckedIOException when the port cannot be bound (for example already in use)
         */
        public RuntimeServer start() {
            try {
                return LoomRuntimeServer.start(config, handler, webSocketHandler, pingFunction,
                        new RouteEndpoint(routes, config.maxPayloadBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port()
                        + " (" + e.getMessage() + "): choose another port with --port or PORT", e);
            }
        }
    }
}
