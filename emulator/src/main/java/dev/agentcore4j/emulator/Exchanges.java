package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.DataPlaneContract;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Writing AWS JSON responses and errors, reading queries: one place for the wire encoding. */
final class Exchanges {

    private static final String JSON = "application/json";

    private Exchanges() {
    }

    /** Every response carries {@code x-amzn-RequestId}, which the SDKs report in their errors. */
    static String requestId(HttpExchange exchange) {
        String id = exchange.getResponseHeaders().getFirst(DataPlaneContract.REQUEST_ID_HEADER);
        if (id == null) {
            id = UUID.randomUUID().toString();
            exchange.getResponseHeaders().set(DataPlaneContract.REQUEST_ID_HEADER, id);
        }
        return id;
    }

    static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        json(exchange, status, Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON body already encoded. */
    static void json(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        requestId(exchange);
        exchange.getResponseHeaders().set("Content-Type", JSON);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The AWS JSON error encoding: {@code x-amzn-ErrorType} plus {@code message} (and validation members). */
    static void error(HttpExchange exchange, TwinException error) throws IOException {
        ObjectNode body = Json.object().put("message", error.getMessage());
        if (!error.reason().isEmpty()) {
            body.put("reason", error.reason());
            ArrayNode fields = body.putArray("fieldList");
            error.fields().forEach(f -> fields.addObject().put("name", f.name()).put("message", f.message()));
        }
        exchange.getResponseHeaders().set(DataPlaneContract.ERROR_TYPE_HEADER, error.type().shape());
        json(exchange, error.type().status(), body);
    }

    /** Query parameters, percent-decoded ({@code +} stays a plus, as in AWS's URI encoding). */
    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.putIfAbsent(decode(key), decode(value));
        }
        return params;
    }

    static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw TwinException.validation("path", "Value '" + raw + "' is not correctly percent-encoded");
        }
    }
}
