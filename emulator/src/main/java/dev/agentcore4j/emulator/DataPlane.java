package dev.agentcore4j.emulator;

import static dev.agentcore4j.contract.DataPlaneContract.SESSION_ID_MAX;
import static dev.agentcore4j.contract.DataPlaneContract.SESSION_ID_MIN;

import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.AgentCoreHeaders;
import dev.agentcore4j.contract.ContainerContract;
import dev.agentcore4j.contract.DataPlaneContract;
import dev.agentcore4j.emulator.Targets.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.UUID;

/**
 * {@code bedrock-agentcore}: InvokeAgentRuntime relays the payload to the session's agent and
 * streams its answer back as it is produced; StopRuntimeSession ends a session.
 */
final class DataPlane {

    private static final System.Logger LOG = System.getLogger(DataPlane.class.getName());
    private static final String DIED_MESSAGE = "The runtime session's container stopped before it answered. "
            + "Please check your CloudWatch logs for more information.";

    private final Targets targets;
    private final Sessions sessions;
    private final HttpClient client;
    private final TwinConfig config;

    DataPlane(Targets targets, Sessions sessions, HttpClient client, TwinConfig config) {
        this.targets = targets;
        this.sessions = sessions;
        this.client = client;
        this.config = config;
    }

    /** {@code POST /runtimes/{arn}/invocations}. */
    void invoke(HttpExchange exchange, String label) throws IOException {
        Map<String, String> query = Exchanges.query(exchange);
        Target target = targets.resolve(label, query);
        String sessionId = sessionId(exchange, true);
        long length = contentLength(exchange);
        Session session = sessions.acquire(target.runtime().arn(), target.version(), sessionId);
        try {
            HttpRequest request = ForwardedRequest.build(exchange, session, target.version(), length,
                    config.invocationTimeout());
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw TwinException.runtimeClientError("The runtime did not answer within "
                        + config.invocationTimeout().toSeconds() + " seconds.");
            } catch (IOException e) {
                sessions.checkAlive(session);
                LOG.log(Level.INFO, session + " | invocation failed: " + e.getMessage());
                throw TwinException.runtimeClientError(DIED_MESSAGE);
            }
            relay(exchange, session, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TwinException.runtimeClientError(DIED_MESSAGE);
        } finally {
            sessions.release(session);
        }
    }

    /** {@code POST /runtimes/{arn}/stopruntimesession} → 200, session id echoed. */
    void stop(HttpExchange exchange, String label) throws IOException {
        Map<String, String> query = Exchanges.query(exchange);
        var runtime = targets.runtime(label, query);
        String sessionId = sessionId(exchange, false);
        Json.parseBody(exchange.getRequestBody().readAllBytes());
        sessions.stop(runtime.id(), sessionId);
        exchange.getResponseHeaders().set(AgentCoreHeaders.SESSION_ID, sessionId);
        Exchanges.json(exchange, 200, Json.object());
    }

    private void relay(HttpExchange exchange, Session session, HttpResponse<InputStream> response) throws IOException {
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status < 200 || status > 299) {
                // AgentCore drops the container's error body and answers 424.
                throw TwinException.runtimeClientError(DataPlaneContract.RUNTIME_ERROR_MESSAGE.formatted(status));
            }
            Exchanges.requestId(exchange);
            exchange.getResponseHeaders().set("Content-Type",
                    response.headers().firstValue("Content-Type").orElse(ContainerContract.JSON_CONTENT_TYPE));
            exchange.getResponseHeaders().set(AgentCoreHeaders.SESSION_ID, session.key.sessionId());
            exchange.sendResponseHeaders(status, status == 204 ? -1 : 0);
            if (status == 204) {
                return;
            }
            copy(body, exchange.getResponseBody(), session);
        }
    }

    /** Relays each read as it arrives and flushes it, so SSE events stay live end to end. */
    private void copy(InputStream from, OutputStream to, Session session) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        int n;
        while (true) {
            try {
                n = from.read(buffer);
            } catch (IOException e) {
                sessions.checkAlive(session);
                throw new IOException("the agent's stream broke off", e);
            }
            if (n < 0) {
                break;
            }
            session.touch();
            to.write(buffer, 0, n);
            to.flush();
        }
        to.close();
    }

    private static String sessionId(HttpExchange exchange, boolean generate) {
        String id = exchange.getRequestHeaders().getFirst(AgentCoreHeaders.SESSION_ID);
        if (id == null) {
            if (generate) {
                return UUID.randomUUID() + "-" + UUID.randomUUID().toString().substring(0, 8);
            }
            throw TwinException.validation("runtimeSessionId", "Value null at 'runtimeSessionId' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        Validator v = new Validator();
        v.length("runtimeSessionId", id, SESSION_ID_MIN, SESSION_ID_MAX, false);
        v.check();
        return id;
    }

    private static long contentLength(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Content-Length");
        long length = -1;
        if (header != null) {
            try {
                length = Long.parseLong(header.strip());
            } catch (NumberFormatException e) {
                throw TwinException.cannotParse("Content-Length must be a number");
            }
        }
        if (length > DataPlaneContract.MAX_PAYLOAD_BYTES) {
            throw TwinException.validation("payload", "Value at 'payload' failed to satisfy constraint: "
                    + "Member must have length less than or equal to " + DataPlaneContract.MAX_PAYLOAD_BYTES);
        }
        return length;
    }
}
