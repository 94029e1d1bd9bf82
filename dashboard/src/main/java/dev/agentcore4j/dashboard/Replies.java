package dev.agentcore4j.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** The dashboard's own answers: files, and errors in the backend's shape {@code {"error": {"code", "message"}}}. */
final class Replies {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Only our own files, no framing, no referrer; scripts and styles from this origin only; the
     * chat calls the runtime's data plane directly, so fetches may go to loopback twins and to
     * AgentCore on AWS. (CSP has no syntax for IPv6 literals, so a twin on {@code [::1]} is reached
     * only when the dashboard itself is served from there: {@code 'self'}.)
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self' http://127.0.0.1:* http://localhost:* "
            + "https://*.amazonaws.com; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private Replies() {
    }

    static void asset(HttpExchange exchange, Asset asset) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", asset.contentType());
        headers.set("ETag", asset.etag());
        headers.set("Cache-Control", asset.cacheControl());
        security(exchange);
        if (asset.contentType().startsWith("text/html")) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        if (asset.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", Integer.toString(asset.bytes().length));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, asset.bytes().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(asset.bytes());
        }
    }

    static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(Map.of("error", Map.of("code", code, "message", message)));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        security(exchange);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void security(HttpExchange exchange) {
        var headers = exchange.getResponseHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
    }
}
