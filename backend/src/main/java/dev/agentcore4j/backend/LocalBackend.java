package dev.agentcore4j.backend;

import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/** The composition root of the backend: store, log, settings, agent port, and the routes over them. */
final class LocalBackend implements BackendApi {

    private static final System.Logger LOG = System.getLogger(LocalBackend.class.getName());

    private final Store store;
    private final SdkClients clients;
    private final HttpClient http;
    private final Benchmarks benchmarks;
    private final Routes routes;
    private final Mode mode;

    private LocalBackend(Store store, SdkClients clients, HttpClient http, Benchmarks benchmarks, Routes routes, Mode mode) {
        this.store = store;
        this.clients = clients;
        this.http = http;
        this.benchmarks = benchmarks;
        this.routes = routes;
        this.mode = mode;
    }

    static BackendApi create(BackendConfig config) {
        Clock clock = Clock.systemUTC();
        Store store = Store.open(config.dataDir());
        try {
            SessionLog log = new SessionLog(store, clock);
            LiveSettings settings = new LiveSettings(config, store, clock);
            SdkClients clients = new SdkClients();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(3)).build();
            AgentPort port = switch (config.mode()) {
                case MOCK -> new MockPort();
                case AGENTCORE -> new RuntimePort(settings, clients, config.qualifier());
                case DIRECT -> new DirectPort(settings, SeedTools.create(ToolsConfig.defaults().dataDir(config.dataDir())),
                        log::transcript);
            };
            Benchmarks benchmarks = new Benchmarks(store, settings, config.dataDir().resolve("scratch"), clock);
            Routes routes = new Routes(config, settings, new SessionRoutes(log, port, config.engine().id()),
                    new Messages(log, port), new CompareRuns(settings, config.dataDir().resolve("scratch").resolve("compare")),
                    benchmarks, new Runtimes(settings, clients, http));
            LOG.log(Level.INFO, "mode=" + config.mode().id() + " endpoint=" + settings.endpoint() + " data="
                    + config.dataDir() + " | backend ready");
            return new LocalBackend(store, clients, http, benchmarks, routes, config.mode());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            try {
                routes.serve(exchange);
            } catch (ApiException e) {
                Exchanges.error(exchange, e);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "request failed: " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath(), e);
                Exchanges.error(exchange, new ApiException(500, "internal_error",
                        "the backend failed to process the request; see its log"));
            }
        } catch (IOException e) {
            // The caller went away, or the answer had already started.
            LOG.log(Level.DEBUG, "connection ended early: " + e.getMessage());
        }
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public void close() {
        benchmarks.close();
        clients.close();
        http.close();
        store.close();
    }
}
