package dev.agentcore4j.awsfakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

/**
 * The awsJson1_1 protocol (ECR, CloudWatch Logs): {@code POST /} with
 * {@code X-Amz-Target: <prefix>.<Operation>} and a JSON body; errors are a status code, the
 * {@code x-amzn-ErrorType} header and {@code {"__type": <code>, "message": …}}.
 */
abstract class AwsJsonService implements HttpHandler {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final String service;
    private final String targetPrefix;
    private final CallLog log;

    AwsJsonService(String service, String targetPrefix, CallLog log) {
        this.service = service;
        this.targetPrefix = targetPrefix + ".";
        this.log = log;
    }

    /** Answers one operation; throws {@link AwsError} for the service's own errors. */
    abstract JsonNode operation(String operation, JsonNode request);

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
                if (!"POST".equals(exchange.getRequestMethod()) || target == null || !target.startsWith(targetPrefix)) {
                    throw new AwsError("UnknownOperationException", 400, "expected POST / with X-Amz-Target: "
                            + targetPrefix + "<Operation>, got " + exchange.getRequestMethod() + " " + target);
                }
                String region = SigV4Scope.region(exchange, "MissingAuthenticationTokenException");
                byte[] body = exchange.getRequestBody().readAllBytes();
                JsonNode request = body.length == 0 ? JSON.createObjectNode() : parse(body);
                String operation = target.substring(targetPrefix.length());
                log.add(new Call(service, operation, request, region));
                JsonNode response;
                synchronized (this) {
                    response = operation(operation, request);
                }
                write(exchange, 200, response);
            } catch (AwsError e) {
                ObjectNode error = JSON.createObjectNode().put("__type", e.code()).put("message", e.getMessage());
                exchange.getResponseHeaders().set("x-amzn-ErrorType", e.code());
                write(exchange, e.status(), error);
            }
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AwsError("SerializationException", 400, "the body is not JSON: " + e.getMessage());
        }
    }

    private static void write(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A required string member, or the service's validation error naming it. */
    static String required(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new AwsError("InvalidParameterException", 400, "1 validation error detected: Value null at '"
                    + member + "' failed to satisfy constraint: Member must not be null");
        }
        return value.asText();
    }

    /** Epoch seconds with a fraction, as awsJson encodes timestamps. */
    static double epochSeconds(java.time.Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }
}
