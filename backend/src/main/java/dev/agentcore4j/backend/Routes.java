package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.container.Engine;
import dev.agentcore4j.container.Models;
import java.io.IOException;
import java.util.List;

/** The whole routing table of {@code /api/}, on the raw path; methods are checked here (405 with {@code Allow}). */
final class Routes {

    static final String PREFIX = "/api/";

    private final BackendConfig config;
    private final LiveSettings settings;
    private final SessionRoutes sessions;
    private final Messages messages;
    private final CompareRuns compare;
    private final Benchmarks benchmarks;
    private final Runtimes runtimes;

    Routes(BackendConfig config, LiveSettings settings, SessionRoutes sessions, Messages messages, CompareRuns compare,
            Benchmarks benchmarks, Runtimes runtimes) {
        this.config = config;
        this.settings = settings;
        this.sessions = sessions;
        this.messages = messages;
        this.compare = compare;
        this.benchmarks = benchmarks;
        this.runtimes = runtimes;
    }

    void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (!path.startsWith(PREFIX)) {
            throw unknown(method, path);
        }
        String rest = path.substring(PREFIX.length());
        List<String> p = rest.isEmpty() ? List.of() : List.of(rest.split("/", -1)).stream().map(Exchanges::decode).toList();
        if (p.isEmpty() || p.stream().anyMatch(String::isEmpty)) {
            throw unknown(method, path);
        }
        String route = switch (p.size()) {
            case 1 -> p.get(0);
            case 2 -> p.get(0) + "/{}";
            case 3 -> p.get(0) + "/{}/" + p.get(2);
            case 5 -> p.get(0) + "/{}/" + p.get(2) + "/{}/" + p.get(4);
            default -> "";
        };
        switch (route) {
            case "config" -> only(exchange, "GET", () -> Exchanges.json(exchange, 200, config()));
            case "sessions" -> either(exchange, "GET", () -> sessions.list(exchange), "POST", () -> sessions.start(exchange));
            case "sessions/{}" -> either(exchange, "GET", () -> sessions.get(exchange, p.get(1)),
                    "DELETE", () -> sessions.end(exchange, p.get(1)));
            case "sessions/{}/events" -> either(exchange, "GET", () -> sessions.events(exchange, p.get(1)),
                    "POST", () -> sessions.append(exchange, p.get(1)));
            case "sessions/{}/messages" -> only(exchange, "POST", () -> messages.post(exchange, p.get(1)));
            case "compare" -> only(exchange, "POST", () -> Exchanges.json(exchange, 200,
                    compare.run(Exchanges.body(exchange, Exchanges.BODY_LIMIT))));
            case "benchmarks" -> either(exchange, "GET", () -> Exchanges.json(exchange, 200, benchmarks.list()),
                    "POST", () -> Exchanges.json(exchange, 202, benchmarks.start(Exchanges.body(exchange, Exchanges.BODY_LIMIT))));
            case "benchmarks/{}" -> only(exchange, "GET", () -> Exchanges.json(exchange, 200, benchmarks.get(p.get(1))));
            case "runtimes" -> only(exchange, "GET", () -> Exchanges.json(exchange, 200, runtimes.list()));
            case "runtimes/{}/sessions/{}/stop" -> only(exchange, "POST", () -> {
                Fields.of(Exchanges.body(exchange, Exchanges.BODY_LIMIT), "", java.util.Set.of()); // no body, or {}
                Exchanges.json(exchange, 200, runtimes.stop(p.get(1), p.get(3)));
            });
            case "settings" -> either(exchange, "GET", () -> Exchanges.json(exchange, 200, settings.view()),
                    "PUT", () -> Exchanges.json(exchange, 200, settings.replace(Exchanges.body(exchange, Exchanges.BODY_LIMIT))));
            default -> throw unknown(method, path);
        }
    }

    private ObjectNode config() {
        ObjectNode out = Json.object().put("mode", config.mode().id()).put("endpoint", settings.endpoint())
                .put("runtimeArn", settings.runtimeArn().orElse("")).put("region", settings.region())
                .put("qualifier", config.qualifier());
        Engine.ids().forEach(out.putArray("engines")::add);
        out.put("defaultEngine", config.engine().id());
        Models.names().forEach(out.putArray("models")::add);
        return out.put("provider", settings.provider()).put("jwt", settings.jwt().isPresent());
    }

    @FunctionalInterface
    private interface Action {
        void run() throws IOException;
    }

    private static void only(HttpExchange exchange, String method, Action action) throws IOException {
        if (!exchange.getRequestMethod().equals(method)) {
            throw notAllowed(exchange, method);
        }
        action.run();
    }

    private static void either(HttpExchange exchange, String first, Action a, String second, Action b) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals(first)) {
            a.run();
        } else if (method.equals(second)) {
            b.run();
        } else {
            throw notAllowed(exchange, first + ", " + second);
        }
    }

    private static ApiException notAllowed(HttpExchange exchange, String allow) {
        exchange.getResponseHeaders().set("Allow", allow);
        return new ApiException(405, "method_not_allowed", exchange.getRequestMethod() + " is not served here: use " + allow);
    }

    private static ApiException unknown(String method, String path) {
        return ApiException.notFound("no route " + method + " " + path + ": see docs/backend-api.md for the routes under /api/");
    }
}
