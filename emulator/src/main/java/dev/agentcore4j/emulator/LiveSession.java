package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.AwsErrorType;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * One live runtime session as the twin-only {@code GET /_twin/sessions} lists it. Live sessions are
 * not part of the AgentCore API (AWS has no such listing); the dashboard's runtimes page reads them
 * here. Read-only, loopback-only like the rest of the twin.
 *
 * @param status {@code Healthy}, {@code HealthyBusy} or {@code Unhealthy} (the agent does not answer {@code /ping})
 * @param idleSeconds lifecycle seconds since the last invocation ended (0 while one is in flight)
 */
record LiveSession(String runtimeArn, String runtimeId, String sessionId, int version, String status,
        long idleSeconds, int idleTimeoutSeconds, int maxLifetimeSeconds, Instant startedAt) {

    /** The path of the twin-only listing. */
    static final String PATH = "/_twin/sessions";

    static void serve(HttpExchange exchange, List<LiveSession> sessions) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            throw TwinException.of(AwsErrorType.RESOURCE_NOT_FOUND, "The twin serves " + PATH + " for GET only");
        }
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("sessions");
        for (LiveSession s : sessions) {
            list.addObject().put("runtimeArn", s.runtimeArn).put("runtimeId", s.runtimeId).put("sessionId", s.sessionId)
                    .put("version", Integer.toString(s.version)).put("status", s.status)
                    .put("idleSeconds", s.idleSeconds).put("idleTimeoutSeconds", s.idleTimeoutSeconds)
                    .put("maxLifetimeSeconds", s.maxLifetimeSeconds).put("startedAt", s.startedAt.toString());
        }
        Exchanges.json(exchange, 200, body);
    }
}
