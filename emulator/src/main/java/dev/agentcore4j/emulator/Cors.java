package dev.agentcore4j.emulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.AgentCoreHeaders;
import dev.agentcore4j.contract.AwsErrorType;
import dev.agentcore4j.contract.DataPlaneContract;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CORS for browser callers: preflights from an allowed origin are answered 204 with the methods and
 * headers a caller of the twin needs (session id, {@code Authorization}, {@code Content-Type}, the
 * SigV4 and trace headers, anything else the browser asks for); every response to an allowed origin
 * names it and exposes the session id and request id headers.
 */
final class Cors {

    private static final List<String> ALLOWED_HEADERS = List.of("Authorization", "Content-Type", "Accept",
            AgentCoreHeaders.SESSION_ID, AgentCoreHeaders.USER_ID, AgentCoreHeaders.MCP_SESSION_ID,
            "Mcp-Protocol-Version", "X-Amz-Date", "X-Amz-Security-Token", SigV4.CONTENT_SHA256, "X-Amz-User-Agent",
            "amz-sdk-invocation-id", "amz-sdk-request", "X-Amzn-Trace-Id", "traceparent", "tracestate", "baggage");
    private static final String EXPOSED_HEADERS = String.join(", ", AgentCoreHeaders.SESSION_ID,
            DataPlaneContract.REQUEST_ID_HEADER, DataPlaneContract.ERROR_TYPE_HEADER, AgentCoreHeaders.MCP_SESSION_ID,
            "WWW-Authenticate");
    private static final String METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    private static final Pattern HEADER_TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

    private final List<Pattern> origins;

    /** @param origins exact origins, {@code *} for any, or with {@code *} standing for a port or a host label */
    Cors(List<String> origins) {
        this.origins = origins.stream().map(Cors::compile).toList();
    }

    private static Pattern compile(String origin) {
        if (origin.equals("*")) {
            return Pattern.compile(".+");
        }
        StringBuilder regex = new StringBuilder();
        String[] parts = origin.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append("[A-Za-z0-9.-]+");
            }
        }
        return Pattern.compile(regex.toString());
    }

    boolean allowed(String origin) {
        return origins.stream().anyMatch(p -> p.matcher(origin).matches());
    }

    /**
     * Answers a preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}).
     *
     * @return whether the exchange was a preflight and has been answered
     */
    boolean preflight(HttpExchange exchange) throws IOException {
        Headers request = exchange.getRequestHeaders();
        String origin = request.getFirst("Origin");
        if (!exchange.getRequestMethod().equals("OPTIONS") || origin == null
                || request.getFirst("Access-Control-Request-Method") == null) {
            return false;
        }
        if (!allowed(origin)) {
            Exchanges.error(exchange, TwinException.of(AwsErrorType.ACCESS_DENIED, "Origin '" + origin
                    + "' is not allowed to call the twin: add it to TwinConfig.corsOrigins"));
            return true;
        }
        Set<String> headers = new LinkedHashSet<>(ALLOWED_HEADERS);
        String asked = request.getFirst("Access-Control-Request-Headers");
        if (asked != null) {
            for (String name : asked.split(",")) {
                if (HEADER_TOKEN.matcher(name.strip()).matches()) {
                    headers.add(name.strip());
                }
            }
        }
        Headers response = exchange.getResponseHeaders();
        response.set("Access-Control-Allow-Origin", origin);
        response.set("Vary", "Origin");
        response.set("Access-Control-Allow-Methods", METHODS);
        response.set("Access-Control-Allow-Headers", String.join(", ", headers));
        response.set("Access-Control-Max-Age", "600");
        Exchanges.requestId(exchange);
        exchange.sendResponseHeaders(204, -1);
        return true;
    }

    /** Marks a response for an allowed origin; call before the response headers are sent. */
    void decorate(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && allowed(origin)) {
            Headers response = exchange.getResponseHeaders();
            response.set("Access-Control-Allow-Origin", origin);
            response.set("Vary", "Origin");
            response.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }
}
