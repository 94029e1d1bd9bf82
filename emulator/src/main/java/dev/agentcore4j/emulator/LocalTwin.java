package dev.agentcore4j.emulator;

import com.sun.net.httpserver.HttpServer;
import dev.agentcore4j.memory.MemoryService;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import robaho.net.httpserver.DefaultHttpServerProvider;

/** The composition root of the twin: registry, sessions, both planes, one loopback server. */
final class LocalTwin implements Twin {

    private static final System.Logger LOG = System.getLogger(LocalTwin.class.getName());

    static {
        // SSE frames relayed through the twin must leave at once (Nagle would hold small writes).
        if (System.getProperty("robaho.net.httpserver.nodelay") == null) {
            System.setProperty("robaho.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Store store;
    private final Sessions sessions;
    private final HttpClient client;
    private final Ids ids;
    private final MemoryService memory;

    private LocalTwin(HttpServer server, ExecutorService executor, Store store, Sessions sessions, HttpClient client,
            Ids ids, MemoryService memory) {
        this.server = server;
        this.executor = executor;
        this.store = store;
        this.sessions = sessions;
        this.client = client;
        this.ids = ids;
        this.memory = memory;
    }

    /**
     * The twin as a process of its own (tests start it to kill it): prints {@code endpoint=<url>}
     * when it serves, and runs until it is stopped.
     */
    public static void main(String[] args) throws InterruptedException {
        TwinConfig config;
        try {
            config = TwinArguments.parse(java.util.List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(TwinArguments.USAGE);
            System.exit(2);
            return;
        }
        Twin twin = start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(twin::close, "twin-shutdown"));
        System.out.println("endpoint=" + twin.endpoint());
        System.out.flush();
        Thread.currentThread().join();
    }

    static Twin start(TwinConfig config) {
        Store store = Store.open(config.dataDir());
        MemoryService memory;
        try {
            memory = MemoryService.start(config.region(), config.account(), config.dataDir(), config.memory());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Ids ids = new Ids(config.region(), config.account());
        ImageIndex images = new ImageIndex(config.images(), config.dataDir());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        Sessions sessions = new Sessions(config, images, client);
        Settler settler = new Settler(store, images);
        ControlPlane runtimes = new ControlPlane(store, ids, settler, sessions,
                new RoleValidation(config.roleValidationFailures()));
        Endpoints endpoints = new Endpoints(store, runtimes, ids, settler);
        InboundAuth auth = new InboundAuth(config.credentials().map(c -> new SigV4(c, config.region(), Clock.systemUTC())),
                new JwtAuthorizer(new OidcKeys(client), Clock.systemUTC()));
        DataPlane data = new DataPlane(new Targets(store, ids), sessions, client, config, auth);
        Router router = new Router(runtimes, endpoints, data, memory, auth, new Cors(config.corsOrigins()));
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        HttpServer server;
        try {
            server = new DefaultHttpServerProvider().createHttpServer(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 0);
        } catch (IOException e) {
            sessions.close();
            memory.close();
            store.close();
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + config.port() + " (" + e.getMessage()
                    + "): choose another port, or 0 for any free one", e);
        }
        server.setExecutor(executor);
        server.createContext("/", router::handle);
        server.start();
        settler.settleLater();
        LocalTwin twin = new LocalTwin(server, executor, store, sessions, client, ids, memory);
        LOG.log(Level.INFO, "endpoint=" + twin.endpoint() + " region=" + config.region()
                + " sigv4=" + (config.credentials().isPresent() ? "verified" : "unchecked") + " | AgentCore twin up");
        return twin;
    }

    @Override
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public String runtimeArn(String runtimeId) {
        return ids.runtimeArn(runtimeId);
    }

    @Override
    public void close() {
        sessions.close();
        server.stop(0);
        executor.shutdownNow();
        client.close();
        memory.close();
        store.close();
    }
}
