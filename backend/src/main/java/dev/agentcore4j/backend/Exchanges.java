package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading requests and writing JSON answers and errors: one place for the wire encoding. */
final class Exchanges {

    /** The body limit of most routes. */
    static final int BODY_LIMIT = 1 << 20;
    /** How much of an oversized body is read and dropped before the 413, so the client sees the answer. */
    static final long SWALLOW_LIMIT = 4L * BODY_LIMIT;

    private Exchanges() {
    }

    /** The request body as a JSON object, at most {@code limit} bytes (413 beyond). */
    static ObjectNode body(HttpExchange exchange, int limit) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String declared = exchange.getRequestHeaders().getFirst("Content-Length");
            if (declared != null && declared.strip().matches("[0-9]{1,18}") && Long.parseLong(declared.strip()) > limit) {
                throw tooLarge(exchange, in, limit);
            }
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(exchange, in, limit);
            }
            return Json.parseBody(bytes);
        }
    }

    /**
     * A client still sending when the answer comes and the connection closes may see a reset instead of
     * the 413; so a body up to {@link #SWALLOW_LIMIT} is read and dropped first (as Tomcat's
     * maxSwallowSize does), and only a larger one closes the connection mid-body.
     */
    private static ApiException tooLarge(HttpExchange exchange, InputStream in, int limit) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long dropped = 0;
        for (int n; dropped < SWALLOW_LIMIT && (n = in.read(buffer)) >= 0; ) {
            dropped += n;
        }
        if (dropped >= SWALLOW_LIMIT) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
        return new ApiException(413, "too_large", "the body is over " + limit + " bytes: send less at once");
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Json.bytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void error(HttpExchange exchange, ApiException error) throws IOException {
        ObjectNode body = Json.object();
        body.putObject("error").put("code", error.code()).put("message", error.getMessage());
        json(exchange, error.status(), body);
    }

    /** Query parameters, percent-decoded; the first value of a repeated name wins. */
    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.putIfAbsent(decode(eq < 0 ? pair : pair.substring(0, eq)), decode(eq < 0 ? "" : pair.substring(eq + 1)));
        }
        return params;
    }

    static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("'" + raw + "' is not correctly percent-encoded");
        }
    }
}
