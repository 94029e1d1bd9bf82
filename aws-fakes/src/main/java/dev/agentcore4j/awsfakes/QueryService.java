package dev.agentcore4j.awsfakes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The awsQuery protocol (IAM, STS): {@code POST /} with a form body {@code Action=<Op>&Version=<date>&…}
 * (lists as {@code Name.member.N}); answers are XML, {@code <OpResponse><OpResult>…</OpResult>
 * <ResponseMetadata/></OpResponse>}, errors {@code <ErrorResponse><Error><Type/><Code/><Message/></Error>}.
 */
abstract class QueryService implements HttpHandler {

    private final String service;
    private final String version;
    private final String namespace;
    private final CallLog log;

    QueryService(String service, String version, String namespace, CallLog log) {
        this.service = service;
        this.version = version;
        this.namespace = namespace;
        this.log = log;
    }

    /**
     * Answers one action: the inner XML of {@code <ActionResult>}, or empty for actions that return
     * nothing but the request id; throws {@link AwsError} for the service's own errors.
     */
    abstract Optional<String> action(String action, Map<String, String> parameters);

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    throw new AwsError("InvalidAction", 400, "only POST with a form body is served here");
                }
                String region = SigV4Scope.region(exchange, "MissingAuthenticationToken");
                Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                String action = form.remove("Action");
                String requestVersion = form.remove("Version");
                if (action == null || !version.equals(requestVersion)) {
                    throw new AwsError("InvalidAction", 400, "expected Action and Version=" + version + ", got Action="
                            + action + " Version=" + requestVersion);
                }
                ObjectNode parameters = AwsJsonService.JSON.createObjectNode();
                form.forEach(parameters::put);
                log.add(new Call(service, action, parameters, region));
                Optional<String> result;
                synchronized (this) {
                    result = action(action, form);
                }
                String requestId = UUID.randomUUID().toString();
                write(exchange, 200, "<" + action + "Response xmlns=\"" + namespace + "\">"
                        + result.map(r -> "<" + action + "Result>" + r + "</" + action + "Result>").orElse("")
                        + "<ResponseMetadata><RequestId>" + requestId + "</RequestId></ResponseMetadata></" + action + "Response>");
            } catch (AwsError e) {
                write(exchange, e.status(), "<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>" + e.type()
                        + "</Type><Code>" + e.code() + "</Code><Message>" + Xml.escape(e.getMessage())
                        + "</Message></Error><RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>");
            }
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                form.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void write(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A required parameter, or the service's validation error naming it. */
    static String required(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw new AwsError("ValidationError", 400, "1 validation error detected: Value null at '"
                    + Character.toLowerCase(name.charAt(0)) + name.substring(1) + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }
}
