package dev.agentcore4j.runtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.ContainerContract;
import dev.agentcore4j.contract.PingStatus;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * {@code GET /ping}: {@code {"status":"Healthy","time_of_last_update":1721234567}}. Never fails:
 * if computing the status throws, it answers {@code Healthy}.
 */
final class PingEndpoint {

    private static final System.Logger LOG = System.getLogger(PingEndpoint.class.getName());

    private final HealthState health;

    PingEndpoint(HealthState health) {
        this.health = health;
    }

    void serve(HttpExchange exchange) throws IOException {
        PingStatus status;
        long since;
        try {
            HealthState.Report report = health.report();
            status = report.status();
            since = report.timeOfLastUpdate();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "computing the ping status failed, answering Healthy", e);
            status = PingStatus.HEALTHY;
            since = System.currentTimeMillis() / 1000;
        }
        Responses.bytes(exchange, 200, ContainerContract.JSON_CONTENT_TYPE, JsonCodec.ping(status.wireValue(), since));
    }

    /** The documented body; the timestamp is integer epoch seconds. */
    record PingBody(String status, @JsonProperty("time_of_last_update") long timeOfLastUpdate) {
    }
}
