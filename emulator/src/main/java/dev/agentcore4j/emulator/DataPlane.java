package dev.agentcore4j.emulator;

import static dev.agentcore4j.contract.DataPlaneContract.SESSION_ID_MAX;
import static dev.agentcore4j.contract.DataPlaneContract.SESSION_ID_MIN;

import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.AgentCoreHeaders;
import dev.agentcore4j.contract.ControlPlaneContract;
import dev.agentcore4j.contract.DataPlaneContract;
import dev.agentcore4j.emulator.Records.Version;
import dev.agentcore4j.emulator.Targets.Target;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * {@code bedrock-agentcore}: InvokeAgentRuntime relays the payload to the session's agent and
 * streams its answer back as it is produced; GetAgentCard relays an A2A agent's card;
 * StopRuntimeSession ends a session. Each is admitted first: runtime resolved, inbound auth checked,
 * the runtime's rate limit taken.
 */
final class DataPlane {

    private static final System.Logger LOG = System.getLogger(DataPlane.class.getName());

    private final Targets targets;
    private final Sessions sessions;
    private final HttpClient client;
    private final TwinConfig config;
    private final InboundAuth auth;
    private final Throttle throttle;
    private final Relay relay;

    DataPlane(Targets targets, Sessions sessions, HttpClient client, TwinConfig config, InboundAuth auth) {
        this.targets = targets;
        this.sessions = sessions;
        this.client = client;
        this.config = config;
        this.auth = auth;
        this.throttle = new Throttle(config.invocationsPerSecond());
        this.relay = new Relay(sessions, config);
    }

    /** {@code POST /runtimes/{arn}/invocations}. */
    void invoke(HttpExchange exchange, String label) throws IOException {
        RequestBody body = new RequestBody(exchange);
        Target target = admit(exchange, label, body);
        String sessionId = sessionId(exchange, true);
        long length = contentLength(exchange);
        long startedNanos = System.nanoTime();
        Session session = sessions.acquire(target.runtime().arn(), target.version(), sessionId);
        try {
            HttpRequest request = ForwardedRequest.build(exchange, session, target.version(), body.publisher(length),
                    config.invocationTimeout());
            relay.invocation(exchange, session, send(session, request, config.invocationTimeout()), startedNanos);
        } finally {
            sessions.release(session);
        }
    }

    /** {@code GET /runtimes/{arn}/invocations/.well-known/agent-card.json}: A2A runtimes only. */
    void agentCard(HttpExchange exchange, String label) throws IOException {
        Target target = admit(exchange, label, new RequestBody(exchange));
        String protocol = target.version().spec().path("protocolConfiguration").path("serverProtocol").asText("HTTP");
        if (!protocol.equals("A2A")) {
            throw TwinException.notFound("Agent runtime " + target.runtime().id() + " serves the " + protocol
                    + " protocol: GetAgentCard needs protocolConfiguration.serverProtocol A2A");
        }
        Session session = sessions.acquire(target.runtime().arn(), target.version(), sessionId(exchange, true));
        try {
            HttpRequest request = HttpRequest.newBuilder(session.instance.base()
                    .resolve(DataPlaneContract.CONTAINER_AGENT_CARD_PATH)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").GET().build();
            relay.agentCard(exchange, session, send(session, request, Duration.ofSeconds(30)));
        } finally {
            sessions.release(session);
        }
    }

    /** {@code POST /runtimes/{arn}/stopruntimesession} → 200, session id echoed. */
    void stop(HttpExchange exchange, String label) throws IOException {
        Map<String, String> query = Exchanges.query(exchange);
        var runtime = targets.runtime(label, query);
        RequestBody body = new RequestBody(exchange);
        Version latest = targets.latest(runtime);
        auth.data(exchange, latest, body, resourceMetadata(exchange, label, query));
        throttle.take(runtime.id());
        String sessionId = sessionId(exchange, false);
        Json.parseBody(body.bytes());
        sessions.stop(runtime.id(), sessionId);
        exchange.getResponseHeaders().set(AgentCoreHeaders.SESSION_ID, sessionId);
        Exchanges.json(exchange, 200, Json.object());
    }

    /** The twin-only {@code GET /_twin/sessions} (see {@link LiveSession}). */
    void liveSessions(HttpExchange exchange) throws IOException {
        LiveSession.serve(exchange, sessions.live());
    }

    private Target admit(HttpExchange exchange, String label, RequestBody body) {
        Map<String, String> query = Exchanges.query(exchange);
        Target target = targets.resolve(label, query);
        auth.data(exchange, target.version(), body, resourceMetadata(exchange, label, query));
        throttle.take(target.runtime().id());
        return target;
    }

    private HttpResponse<InputStream> send(Session session, HttpRequest request, Duration timeout) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw TwinException.runtimeClientError("The runtime did not answer within " + timeout.toSeconds()
                    + " seconds.");
        } catch (IOException e) {
            sessions.checkAlive(session);
            LOG.log(Level.INFO, session + " | invocation failed: " + e.getMessage());
            throw TwinException.runtimeClientError(Relay.DIED_MESSAGE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TwinException.runtimeClientError(Relay.DIED_MESSAGE);
        }
    }

    /** Where a 401 points an OAuth client (RFC 9728), as AgentCore does, on the twin's own address. */
    private static String resourceMetadata(HttpExchange exchange, String label, Map<String, String> query) {
        return URI.create("http://127.0.0.1:" + exchange.getLocalAddress().getPort()) + DataPlaneContract.RUNTIMES_PREFIX
                + label + "/invocations/.well-known/oauth-protected-resource?qualifier="
                + query.getOrDefault(DataPlaneContract.QUALIFIER_PARAM, ControlPlaneContract.DEFAULT_ENDPOINT);
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
