package dev.agentcore4j.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.ContainerContract;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /invocations}: body → JSON → context → handler → JSON, SSE or bytes. */
final class InvocationEndpoint {

    private static final System.Logger LOG = System.getLogger(InvocationEndpoint.class.getName());
    private static final String GENERIC_ERROR = "Internal server error";

    private final RuntimeConfig config;
    private final InvocationHandler handler;
    private final HealthState health;
    private final InFlight inFlight;
    private final DebugActions debugActions;

    InvocationEndpoint(RuntimeConfig config, InvocationHandler handler, HealthState health, InFlight inFlight) {
        this.config = config;
        this.handler = handler;
        this.health = health;
        this.inFlight = inFlight;
        this.debugActions = new DebugActions(health);
    }

    void serve(HttpExchange exchange) throws IOException {
        InvocationCancellation cancellation = new InvocationCancellation(Thread.currentThread());
        Runnable untrack = inFlight.track(cancellation);
        try {
            JsonNode payload = readPayload(exchange);
            if (payload == null) {
                return; // already answered 400/413
            }
            if (config.debugActions() && DebugActions.isAction(payload)) {
                debugActions.answer(exchange, payload);
                return;
            }
            if (handler == null) {
                Responses.error(exchange, 500, "No entrypoint defined");
                return;
            }
            InvocationContext context = ContextReader.read(exchange.getRequestHeaders(), cancellation);
            Runnable workDone = health.openWork();
            try {
                invoke(exchange, new Invocation(payload, context), cancellation);
            } finally {
                workDone.run();
            }
        } finally {
            untrack.run();
            Thread.interrupted(); // a cancellation's interrupt must not leak into the next request
        }
    }

    private JsonNode readPayload(HttpExchange exchange) throws IOException {
        byte[] body;
        try {
            body = BodyReader.read(exchange.getRequestBody(),
                    BodyReader.declaredLength(exchange.getRequestHeaders().getFirst("Content-Length")),
                    config.maxPayloadBytes());
        } catch (BodyReader.TooLarge e) {
            exchange.getResponseHeaders().set("Connection", "close");
            Responses.error(exchange, 413, "Payload too large",
                    "the body is larger than the limit of " + config.maxPayloadBytes() + " bytes");
            return null;
        }
        String encodingProblem = BodyReader.utf8Problem(body);
        if (encodingProblem != null) {
            Responses.error(exchange, 400, "Invalid encoding", encodingProblem);
            return null;
        }
        if (body.length == 0) {
            Responses.error(exchange, 400, "Invalid JSON", "the body is empty: send a JSON value such as {\"prompt\": \"Hello\"}");
            return null;
        }
        try {
            return JsonCodec.parse(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            Responses.error(exchange, 400, "Invalid JSON", e.getOriginalMessage() + where);
            return null;
        }
    }

    private void invoke(HttpExchange exchange, Invocation invocation, InvocationCancellation cancellation)
            throws IOException {
        Reply reply;
        try {
            reply = handler.handle(invocation);
        } catch (Exception e) {
            answerFailure(exchange, invocation, e);
            return;
        }
        switch (reply) {
            case Reply.Json json -> {
                byte[] body;
                try {
                    body = JsonCodec.write(json.body());
                } catch (IllegalArgumentException e) {
                    answerFailure(exchange, invocation, e);
                    return;
                }
                Responses.bytes(exchange, json.status(), ContainerContract.JSON_CONTENT_TYPE, body);
            }
            case Reply.Bytes bytes -> Responses.bytes(exchange, bytes.status(), bytes.contentType(), bytes.body());
            case Reply.Stream stream -> stream(exchange, invocation, stream.events(), cancellation);
        }
    }

    private void stream(HttpExchange exchange, Invocation invocation, EventStream events,
            InvocationCancellation cancellation) throws IOException {
        SseSink sink = new SseSink(exchange, cancellation);
        try {
            events.emit(sink);
        } catch (ClientDisconnectedException e) {
            LOG.log(Level.DEBUG, "request={0} | client disconnected mid-stream after {1} events",
                    invocation.context().requestId(), sink.sent());
            return;
        } catch (Exception e) {
            if (!sink.started()) {
                answerFailure(exchange, invocation, e);
                return;
            }
            logFailure(invocation, e);
            if (!cancellation.isCancelled()) {
                sendErrorEvent(sink, e);
            }
        }
        if (!cancellation.isCancelled()) {
            sink.finish();
        }
    }

    private static void sendErrorEvent(SseSink sink, Exception e) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("error", e instanceof ClientError ce ? ce.getMessage() : GENERIC_ERROR);
        event.put("error_type", e.getClass().getSimpleName());
        event.put("message", ContainerContract.STREAM_ERROR_MESSAGE);
        try {
            sink.send(event);
        } catch (ClientDisconnectedException gone) {
            // nobody left to tell
        }
    }

    private static void answerFailure(HttpExchange exchange, Invocation invocation, Exception e) throws IOException {
        if (e instanceof ClientError ce) {
            Responses.error(exchange, ce.status(), ce.getMessage());
            return;
        }
        logFailure(invocation, e);
        Responses.error(exchange, 500, GENERIC_ERROR);
    }

    private static void logFailure(Invocation invocation, Exception e) {
        if (e instanceof ClientError) {
            return;
        }
        InvocationContext context = invocation.context();
        LOG.log(Level.ERROR, "session=" + context.sessionId().orElse("-") + " request=" + context.requestId()
                + " | handler failed", e);
    }
}
