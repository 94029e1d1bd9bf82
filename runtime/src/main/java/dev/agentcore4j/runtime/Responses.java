package dev.agentcore4j.runtime;

import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.ContainerContract;
import java.io.IOException;
import java.io.OutputStream;

/** Writes complete (non-streamed) responses: JSON bodies, JSON errors, raw bytes. */
final class Responses {

    private Responses() {
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        bytes(exchange, status, ContainerContract.JSON_CONTENT_TYPE, JsonCodec.write(body));
    }

    /** {@code {"error": message}} or, with details, {@code {"error": message, "details": details}}. */
    static void error(HttpExchange exchange, int status, String message, String details) throws IOException {
        bytes(exchange, status, ContainerContract.JSON_CONTENT_TYPE, JsonCodec.object("error", message, "details", details));
    }

    static void error(HttpExchange exchange, int status, String message) throws IOException {
        error(exchange, status, message, null);
    }

    static void bytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
