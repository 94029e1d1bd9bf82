package dev.agentcore4j.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * The whole routing table of the dashboard's port: {@code /api/…} to the backend, everything else
 * to the static app and its WebJars ({@code GET}/{@code HEAD} only). Every request passes the
 * {@link LoopbackGuard} first.
 */
final class DashboardRoutes implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(DashboardRoutes.class.getName());

    private final HttpHandler api;
    private final Assets assets;

    DashboardRoutes(HttpHandler api, Assets assets) {
        this.api = api;
        this.assets = assets;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        boolean isApi = path.equals("/api") || path.startsWith("/api/");
        Optional<String> refusal = LoopbackGuard.refusal(exchange, isApi);
        if (refusal.isPresent()) {
            try (exchange) {
                Replies.error(exchange, 403, "forbidden", refusal.get());
            }
            return;
        }
        if (isApi) {
            api.handle(exchange);
            return;
        }
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Replies.error(exchange, 405, "method_not_allowed",
                        method + " is not served here: the dashboard's files answer GET and HEAD; the API is under /api/");
                return;
            }
            Optional<Asset> asset = assets.find(path);
            if (asset.isEmpty()) {
                Replies.error(exchange, 404, "not_found", "no file " + path + ": the dashboard starts at /");
                return;
            }
            Replies.asset(exchange, asset.get());
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "path={0} | client went away: {1}", path, e.getMessage());
        }
    }
}
