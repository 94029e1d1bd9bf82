package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.backend.SessionEvent.MessageAdded;
import dev.agentcore4j.backend.SessionEvent.SessionEnded;
import dev.agentcore4j.backend.SessionEvent.SessionStarted;
import dev.agentcore4j.backend.SessionEvent.ToolCallCompleted;
import dev.agentcore4j.backend.SessionEvent.ToolCallRequested;
import dev.agentcore4j.backend.SessionEvent.TurnFailed;
import dev.agentcore4j.backend.SessionEvent.TurnStopped;
import dev.agentcore4j.container.Engine;
import java.util.List;
import java.util.Set;

/**
 * Session events to JSON and back: the store's body column, the raw log on the wire, and the events
 * a client appends (validated, with paths like {@code events[2].role} in every message).
 */
final class EventCodec {

    /** The types a client may append; the session routes write the others. */
    static final List<String> CLIENT_TYPES = List.of("MessageAdded", "ToolCallRequested", "ToolCallCompleted",
            "TurnStopped", "TurnFailed");
    static final int MAX_TEXT = 100_000;
    static final int MAX_ID = 256;
    static final int MAX_REASON = 1000;

    private EventCodec() {
    }

    /** The event's own fields, without its type. */
    static ObjectNode fields(SessionEvent event) {
        ObjectNode out = Json.object();
        switch (event) {
            case SessionStarted e -> out.put("engine", e.engine()).put("title", e.title());
            case MessageAdded e -> out.put("role", e.role()).put("text", e.text()).put("engine", e.engine());
            case ToolCallRequested e -> out.put("toolUseId", e.toolUseId()).put("tool", e.tool())
                    .set("arguments", e.arguments().deepCopy());
            case ToolCallCompleted e -> out.put("toolUseId", e.toolUseId()).<ObjectNode>set("result", e.result().deepCopy())
                    .put("status", e.status()).put("durationMs", e.durationMs());
            case TurnStopped e -> out.put("reason", e.reason());
            case TurnFailed e -> out.put("message", e.message());
            case SessionEnded e -> out.put("reason", e.reason());
        }
        return out;
    }

    /** {@code {"seq", "at", "type", …fields}}. */
    static ObjectNode wire(RecordedEvent recorded) {
        ObjectNode out = Json.object().put("seq", recorded.seq()).put("at", recorded.at().toString())
                .put("type", recorded.event().type());
        out.setAll(fields(recorded.event()));
        return out;
    }

    /** Reads what {@link #fields} wrote to the store. */
    static SessionEvent stored(String type, JsonNode body) {
        return switch (type) {
            case "SessionStarted" -> new SessionStarted(body.path("engine").asText(), body.path("title").asText());
            case "MessageAdded" -> new MessageAdded(body.path("role").asText(), body.path("text").asText(),
                    body.path("engine").asText());
            case "ToolCallRequested" -> new ToolCallRequested(body.path("toolUseId").asText(), body.path("tool").asText(),
                    (ObjectNode) body.path("arguments"));
            case "ToolCallCompleted" -> new ToolCallCompleted(body.path("toolUseId").asText(), body.path("result"),
                    body.path("status").asText(), body.path("durationMs").asLong());
            case "TurnStopped" -> new TurnStopped(body.path("reason").asText());
            case "TurnFailed" -> new TurnFailed(body.path("message").asText());
            case "SessionEnded" -> new SessionEnded(body.path("reason").asText());
            default -> throw new IllegalStateException("the store holds an event of unknown type " + type);
        };
    }

    /**
     * One event a client appends, checked field by field.
     *
     * @param where         its path in the body, e.g. {@code events[2]}
     * @param sessionEngine the engine a message gets when it names none
     */
    static SessionEvent client(JsonNode node, String where, String sessionEngine) {
        if (!(node instanceof ObjectNode object)) {
            throw ApiException.invalid(where + " must be an object with a \"type\"");
        }
        JsonNode type = object.path("type");
        if (!type.isTextual() || !CLIENT_TYPES.contains(type.asText())) {
            String got = type.isMissingNode() ? "none" : type.toString();
            throw ApiException.invalid(where + ".type must be one of " + String.join(", ", CLIENT_TYPES) + ", got " + got
                    + (Set.of("\"SessionStarted\"", "\"SessionEnded\"").contains(got)
                    ? " (sessions start with POST /api/sessions and end with DELETE /api/sessions/{id})" : ""));
        }
        return switch (type.asText()) {
            case "MessageAdded" -> {
                Fields f = Fields.of(object, where, Set.of("type", "role", "text", "engine"));
                String role = f.choice("role", List.of("user", "assistant"));
                String text = f.string("text", role.equals("user") ? 1 : 0, MAX_TEXT);
                yield new MessageAdded(role, text, f.optionalChoice("engine", Engine.ids()).orElse(sessionEngine));
            }
            case "ToolCallRequested" -> {
                Fields f = Fields.of(object, where, Set.of("type", "toolUseId", "tool", "arguments"));
                yield new ToolCallRequested(f.string("toolUseId", 1, MAX_ID), f.string("tool", 1, MAX_ID),
                        f.object("arguments"));
            }
            case "ToolCallCompleted" -> {
                Fields f = Fields.of(object, where, Set.of("type", "toolUseId", "result", "status", "durationMs"));
                yield new ToolCallCompleted(f.string("toolUseId", 1, MAX_ID), f.any("result"),
                        f.choice("status", List.of("success", "error")), f.longValue("durationMs", 0, Long.MAX_VALUE));
            }
            case "TurnStopped" -> new TurnStopped(Fields.of(object, where, Set.of("type", "reason"))
                    .optionalString("reason", 1, MAX_REASON).orElse("stopped"));
            case "TurnFailed" -> new TurnFailed(Fields.of(object, where, Set.of("type", "message"))
                    .string("message", 1, MAX_REASON));
            default -> throw new IllegalStateException("unhandled client type " + type.asText());
        };
    }
}
