package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.backend.SessionEvent.MessageAdded;
import dev.agentcore4j.container.Engine;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code POST /api/sessions/{id}/messages}: the seed's server-side path. The user message is logged
 * first (durable before the agent runs), the turn goes through the agent port and streams back as
 * SSE, and what arrived is logged when it ends: tool calls, the assistant message, and
 * {@code TurnStopped} when the caller went away or {@code TurnFailed} when the agent failed.
 */
final class Messages {

    private static final System.Logger LOG = System.getLogger(Messages.class.getName());

    private final SessionLog log;
    private final AgentPort port;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    Messages(SessionLog log, AgentPort port) {
        this.log = log;
        this.port = port;
    }

    void post(HttpExchange exchange, String sessionId) throws IOException {
        Fields body = Fields.of(Exchanges.body(exchange, Exchanges.BODY_LIMIT), "", Set.of("text", "engine"));
        String text = body.string("text", 1, EventCodec.MAX_TEXT);
        String engine = log.liveEngine(sessionId);
        body.optionalChoice("engine", Engine.ids()).filter(e -> !e.equals(engine)).ifPresent(other -> {
            throw ApiException.conflict("session " + sessionId + " runs on " + engine + ": start a new session "
                    + "(POST /api/sessions {\"engine\": \"" + other + "\"}) to use " + other);
        });
        if (!running.add(sessionId)) {
            throw ApiException.conflict("session " + sessionId + " is already running a turn: wait for it to finish");
        }
        try {
            log.append(sessionId, List.of(new MessageAdded("user", text, engine)));
            run(exchange, new AgentPort.Turn(sessionId, text, engine));
        } finally {
            running.remove(sessionId);
        }
    }

    private void run(HttpExchange exchange, AgentPort.Turn turn) {
        SseWriter sse = new SseWriter(exchange);
        TurnRecorder recorder = new TurnRecorder(turn.engine());
        Cancellation cancellation = Cancellation.create();
        String failure = "";
        ApiException before = null;
        try {
            port.turn(turn, event -> {
                if (event.path("type").asText().equals("finished")) {
                    event.put("mode", port.mode().id());
                }
                recorder.accept(event);
                if (!sse.send(event)) {
                    cancellation.cancel(); // the caller went away: stop the agent (and the runtime's stream)
                }
            }, cancellation);
        } catch (ApiException e) {
            failure = e.getMessage();
            before = e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "session=" + turn.sessionId() + " mode=" + port.mode().id() + " | turn failed", e);
            failure = "the agent failed: " + e.getClass().getSimpleName();
        }
        log.appendLenient(turn.sessionId(), recorder.events(sse.gone() || cancellation.isCancelled(), failure));
        if (before != null && !sse.started()) {
            throw before;
        }
        if (!failure.isEmpty() && !recorder.sawError()) {
            sse.send(WireEvents.error(failure));
        }
        if (!sse.started() && !sse.gone()) {
            sse.send(WireEvents.error("the agent sent nothing")); // still a stream, so the client's reader ends cleanly
        }
        sse.close();
    }
}
