package dev.agentcore4j.awsfakes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** How the {@link RegistryFake} answers: created blobs and manifests, registry errors, bodies, queries. */
final class RegistryResponses {

    private RegistryResponses() {
    }

    static void created(HttpExchange exchange, String location, String digest) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.getResponseHeaders().set("Docker-Content-Digest", digest);
        exchange.sendResponseHeaders(201, -1);
    }

    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        error(exchange, status, code, message, true);
    }

    /** The registry error body {@code {"errors":[{"code":…,"message":…}]}}; none for a HEAD. */
    static void error(HttpExchange exchange, int status, String code, String message, boolean withBody)
            throws IOException {
        if (!withBody) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        ObjectNode body = AwsJsonService.JSON.createObjectNode();
        body.putArray("errors").addObject().put("code", code).put("message", message);
        send(exchange, status, "application/json", AwsJsonService.JSON.writeValueAsBytes(body));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
