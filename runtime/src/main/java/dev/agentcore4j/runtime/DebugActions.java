package dev.agentcore4j.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.PingStatus;
import java.io.IOException;
import java.util.Map;

/**
 * The Python SDK's debug RPC: with debug actions on, a payload holding {@code _agent_core_app_action}
 * reads or drives the ping state instead of reaching the handler.
 */
final class DebugActions {

    static final String KEY = "_agent_core_app_action";

    private final HealthState health;

    DebugActions(HealthState health) {
        this.health = health;
    }

    static boolean isAction(JsonNode payload) {
        return payload.isObject() && payload.has(KEY);
    }

    void answer(HttpExchange exchange, JsonNode payload) throws IOException {
        String action = payload.get(KEY).asText();
        switch (action) {
            case "ping_status" -> {
                HealthState.Report report = health.report();
                Responses.json(exchange, 200,
                        new PingEndpoint.PingBody(report.status().wireValue(), report.timeOfLastUpdate()));
            }
            case "job_status" -> {
                Responses.json(exchange, 200, health.asyncTasks());
            }
            case "force_healthy" -> force(exchange, PingStatus.HEALTHY);
            case "force_busy" -> force(exchange, PingStatus.HEALTHY_BUSY);
            case "clear_forced_status" -> {
                health.clearForcedStatus();
                Responses.json(exchange, 200, Map.of("forced_status", "Cleared"));
            }
            default -> Responses.error(exchange, 400, "Unknown action: " + action);
        }
    }

    private void force(HttpExchange exchange, PingStatus status) throws IOException {
        health.forceStatus(status);
        Responses.json(exchange, 200, Map.of("forced_status", status.wireValue()));
    }
}
