package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.container.Engine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The session routes over the log: list, start, read, end, append events, read the raw log. */
final class SessionRoutes {

    static final int EVENTS_LIMIT = 8 << 20;
    static final int MAX_EVENTS = 1000;

    private final SessionLog log;
    private final AgentPort port;
    private final String defaultEngine;

    SessionRoutes(SessionLog log, AgentPort port, String defaultEngine) {
        this.log = log;
        this.port = port;
        this.defaultEngine = defaultEngine;
    }

    void list(HttpExchange exchange) throws IOException {
        ObjectNode out = Json.object();
        ArrayNode sessions = out.putArray("sessions");
        log.summaries().forEach(sessions::add);
        Exchanges.json(exchange, 200, out);
    }

    void start(HttpExchange exchange) throws IOException {
        Fields body = Fields.of(Exchanges.body(exchange, Exchanges.BODY_LIMIT), "", Set.of("engine", "title"));
        String engine = body.optionalChoice("engine", Engine.ids()).orElse(defaultEngine);
        String title = body.optionalString("title", 0, 200).map(String::strip).orElse("");
        Exchanges.json(exchange, 201, log.start(engine, title));
    }

    void get(HttpExchange exchange, String sessionId) throws IOException {
        Exchanges.json(exchange, 200, log.detail(sessionId));
    }

    /** Ends the session in the log, then lets the port go of it (agentcore: StopRuntimeSession). */
    void end(HttpExchange exchange, String sessionId) throws IOException {
        ObjectNode view = log.end(sessionId, "ended by DELETE /api/sessions");
        view.put("runtimeStop", port.end(sessionId));
        Exchanges.json(exchange, 200, view);
    }

    void append(HttpExchange exchange, String sessionId) throws IOException {
        Fields body = Fields.of(Exchanges.body(exchange, EVENTS_LIMIT), "", Set.of("events"));
        JsonNode list = body.raw("events");
        if (!list.isArray() || list.isEmpty() || list.size() > MAX_EVENTS) {
            throw ApiException.invalid("\"events\" must be a list of 1 to " + MAX_EVENTS + " events, e.g. "
                    + "[{\"type\": \"MessageAdded\", \"role\": \"user\", \"text\": \"Hello\"}]");
        }
        String engine = log.liveEngine(sessionId);
        List<SessionEvent> events = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            events.add(EventCodec.client(list.get(i), "events[" + i + "]", engine));
        }
        long lastSeq = log.append(sessionId, events);
        Exchanges.json(exchange, 202, Json.object().put("appended", events.size()).put("lastSeq", lastSeq));
    }

    void events(HttpExchange exchange, String sessionId) throws IOException {
        Map<String, String> query = Exchanges.query(exchange);
        query.keySet().stream().filter(name -> !name.equals("after")).findFirst().ifPresent(name -> {
            throw ApiException.invalid("unknown query parameter \"" + name + "\": only \"after\" (a sequence number)");
        });
        long after = 0;
        if (query.containsKey("after")) {
            String raw = query.get("after");
            if (!raw.matches("[0-9]{1,18}")) {
                throw ApiException.invalid("\"after\" must be a sequence number (0 or more), got \"" + raw + "\"");
            }
            after = Long.parseLong(raw);
        }
        ObjectNode out = Json.object().put("sessionId", sessionId);
        ArrayNode events = out.putArray("events");
        log.events(sessionId, after).forEach(e -> events.add(EventCodec.wire(e)));
        Exchanges.json(exchange, 200, out);
    }
}
