package dev.agentcore4j.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.agentcore4j.contract.ContainerContract;
import dev.agentcore4j.contract.PingStatus;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import robaho.net.httpserver.DefaultHttpServerProvider;

/**
 * The container server on robaho httpserver (the JDK {@code HttpServer} API re-implemented for
 * virtual threads, with WebSocket support): one virtual thread per connection, routing on the raw
 * path in one place.
 */
final class LoomRuntimeServer implements RuntimeServer {

    private static final System.Logger LOG = System.getLogger(LoomRuntimeServer.class.getName());

    static {
        // Small SSE frames must leave at once (Nagle would hold them ~40 ms). Read once at class load.
        if (System.getProperty("robaho.net.httpserver.nodelay") == null) {
            System.setProperty("robaho.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final RuntimeConfig config;
    private final HealthState health;
    private final InFlight inFlight;
    private final AtomicBoolean draining;
    private final CountDownLatch closed = new CountDownLatch(1);

    private LoomRuntimeServer(HttpServer server, ExecutorService executor, RuntimeConfig config,
            HealthState health, InFlight inFlight, AtomicBoolean draining) {
        this.draining = draining;
        this.server = server;
        this.executor = executor;
        this.config = config;
        this.health = health;
        this.inFlight = inFlight;
    }

    static RuntimeServer start(RuntimeConfig config, InvocationHandler handler,
            WebSocketHandler webSocketHandler, Supplier<PingStatus> pingFunction, RouteEndpoint routes) throws IOException {
        HealthState health = new HealthState(Clock.systemUTC(), pingFunction);
        InFlight inFlight = new InFlight();
        InvocationEndpoint invocations = new InvocationEndpoint(config, handler, health, inFlight);
        PingEndpoint ping = new PingEndpoint(health);
        WebSocketEndpoint webSocket = webSocketHandler == null
                ? null : new WebSocketEndpoint(webSocketHandler, health, inFlight);

        HttpServer server = new DefaultHttpServerProvider()
                .createHttpServer(new InetSocketAddress(config.host(), config.port()), 0);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        AtomicBoolean draining = new AtomicBoolean();
        server.createContext("/", exchange -> route(exchange, draining, invocations, ping, webSocket, routes));
        server.start();
        // A platform thread: on one core a CPU-bound virtual thread would hold the only carrier
        // and make the first /ping wait for the warm-up.
        Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("json-warm-up").start(JsonCodec::warmUp);
        LoomRuntimeServer started = new LoomRuntimeServer(server, executor, config, health, inFlight, draining);
        LOG.log(Level.INFO, "port=" + started.port() + " | agent container listening");
        return started;
    }

    /**
     * The whole routing table: the three contract paths, matched on the raw path, methods checked
     * here; then the extra routes a container registered (which can never shadow the contract).
     */
    private static void route(HttpExchange exchange, AtomicBoolean draining, InvocationEndpoint invocations,
            PingEndpoint ping, WebSocketEndpoint webSocket, RouteEndpoint routes) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (draining.get() && !path.equals(ContainerContract.PING_PATH)) {
                exchange.getResponseHeaders().set("Connection", "close");
                Responses.error(exchange, 503, "Server is shutting down");
                return;
            }
            switch (path) {
                case ContainerContract.INVOCATIONS_PATH -> {
                    if (method.equals("POST")) {
                        invocations.serve(exchange);
                    } else {
                        methodNotAllowed(exchange, "POST");
                    }
                }
                case ContainerContract.PING_PATH -> {
                    if (method.equals("GET") || method.equals("HEAD")) {
                        ping.serve(exchange);
                    } else {
                        methodNotAllowed(exchange, "GET, HEAD");
                    }
                }
                case ContainerContract.WEBSOCKET_PATH -> {
                    if (webSocket == null) {
                        // An upgrade request has no body stream to answer on: a bare status refuses it.
                        exchange.sendResponseHeaders(404, -1);
                    } else if (method.equals("GET")) {
                        webSocket.handle(exchange);
                    } else {
                        methodNotAllowed(exchange, "GET");
                    }
                }
                default -> {
                    if (!routes.serve(exchange)) {
                        Responses.error(exchange, 404, "Not Found");
                    }
                }
            }
        }
    }

    private static void methodNotAllowed(HttpExchange exchange, String allow) throws IOException {
        exchange.getResponseHeaders().set("Allow", allow);
        Responses.error(exchange, 405, "Method Not Allowed");
    }

    @Override
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public Health health() {
        return health;
    }

    @Override
    public void close() {
        if (!draining.compareAndSet(false, true)) {
            awaitQuietly();
            return;
        }
        // robaho's stop(delay) always sleeps the whole delay, so the drain is ours: new requests get
        // 503, in-flight work gets the grace, then what remains is cancelled and the sockets close.
        long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
        LOG.log(Level.INFO, "grace={0} | stopping: refusing new work, finishing in-flight work",
                config.shutdownGrace());
        while (!inFlight.isEmpty() && System.nanoTime() < deadline) {
            sleepQuietly(5);
        }
        if (!inFlight.isEmpty()) {
            LOG.log(Level.WARNING, "grace elapsed: cancelling the invocations still running");
            inFlight.cancelAll();
            long unwind = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (!inFlight.isEmpty() && System.nanoTime() < unwind) {
                sleepQuietly(5);
            }
        }
        server.stop(0);
        executor.shutdownNow();
        closed.countDown();
    }

    @Override
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    private void awaitQuietly() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
