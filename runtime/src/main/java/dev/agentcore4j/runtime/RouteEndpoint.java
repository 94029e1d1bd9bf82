package dev.agentcore4j.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.ContainerContract;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The extra routes registered with {@link RuntimeServer.Builder#route}: matched after the contract
 * paths, with the same body limit, JSON codec and error shapes as {@code /invocations}. They do not
 * make {@code /ping} report busy: only agent work does.
 */
final class RouteEndpoint {

    private static final System.Logger LOG = System.getLogger(RouteEndpoint.class.getName());

    private final List<Route> routes;
    private final long maxPayloadBytes;

    RouteEndpoint(List<Route> routes, long maxPayloadBytes) {
        this.routes = List.copyOf(routes);
        this.maxPayloadBytes = maxPayloadBytes;
    }

    /** Serves the exchange if a route's template fits its path; false when none does. */
    boolean serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(path);
            if (params.isEmpty()) {
                continue;
            }
            if (route.method().equals(method)) {
                serve(exchange, route, params.get());
                return true;
            }
            allowed.add(route.method());
        }
        if (allowed.isEmpty()) {
            return false;
        }
        exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
        Responses.error(exchange, 405, "Method Not Allowed");
        return true;
    }

    private void serve(HttpExchange exchange, Route route, Map<String, String> params) throws IOException {
        JsonNode body;
        try {
            byte[] bytes = BodyReader.read(exchange.getRequestBody(),
                    BodyReader.declaredLength(exchange.getRequestHeaders().getFirst("Content-Length")), maxPayloadBytes);
            String encodingProblem = BodyReader.utf8Problem(bytes);
            if (encodingProblem != null) {
                Responses.error(exchange, 400, "Invalid encoding", encodingProblem);
                return;
            }
            body = bytes.length == 0 ? JsonCodec.mapper().createObjectNode() : JsonCodec.parse(bytes);
        } catch (BodyReader.TooLarge e) {
            exchange.getResponseHeaders().set("Connection", "close");
            Responses.error(exchange, 413, "Payload too large", "the body is larger than the limit of " + maxPayloadBytes + " bytes");
            return;
        } catch (JsonProcessingException e) {
            Responses.error(exchange, 400, "Invalid JSON", e.getOriginalMessage());
            return;
        }
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), params,
                query(exchange.getRequestURI().getRawQuery()), body);
        Reply reply;
        try {
            reply = route.handler().handle(request);
        } catch (Exception e) {
            failed(exchange, route, e);
            return;
        }
        switch (reply) {
            case Reply.Json json -> {
                byte[] bytes;
                try {
                    bytes = JsonCodec.write(json.body());
                } catch (IllegalArgumentException e) {
                    failed(exchange, route, e);
                    return;
                }
                Responses.bytes(exchange, json.status(), ContainerContract.JSON_CONTENT_TYPE, bytes);
            }
            case Reply.Bytes bytes -> Responses.bytes(exchange, bytes.status(), bytes.contentType(), bytes.body());
            case Reply.Stream stream -> stream(exchange, route, stream.events());
        }
    }

    private static void stream(HttpExchange exchange, Route route, EventStream events) throws IOException {
        SseSink sink = new SseSink(exchange, new InvocationCancellation(Thread.currentThread()));
        try {
            events.emit(sink);
            sink.finish();
        } catch (ClientDisconnectedException e) {
            Thread.interrupted();
        } catch (Exception e) {
            if (!sink.started()) {
                failed(exchange, route, e);
                return;
            }
            LOG.log(Level.ERROR, "route=" + route.method() + " " + route.template() + " | stream failed", e);
            sink.finish();
        }
    }

    private static void failed(HttpExchange exchange, Route route, Exception e) throws IOException {
        if (e instanceof ClientError clientError) {
            Responses.error(exchange, clientError.status(), clientError.getMessage());
            return;
        }
        LOG.log(Level.ERROR, "route=" + route.method() + " " + route.template() + " | handler failed", e);
        Responses.error(exchange, 500, "Internal server error");
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> out = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(name, value);
        }
        return out;
    }
}
