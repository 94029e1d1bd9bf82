package dev.agentcore4j.container;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed API's JSON shapes for sessions and their messages, as the seed's FastAPI container
 * answered them: {@code session_id}, ISO-8601 timestamps, messages with role, content, timestamp.
 */
final class SessionViews {

    private SessionViews() {
    }

    static Map<String, Object> session(Session session, String status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", session.id());
        out.put("status", status);
        out.put("engine", session.engine().id());
        out.put("model", session.model());
        out.put("created_at", session.createdAt().toString());
        out.put("last_activity", session.lastActivity().toString());
        out.put("message_count", session.transcript().size());
        return out;
    }

    static Map<String, Object> messages(Session session) {
        List<Map<String, Object>> messages = session.transcript().stream().map(SessionViews::message).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", session.id());
        out.put("messages", messages);
        out.put("count", messages.size());
        return out;
    }

    static Map<String, Object> message(Session.Entry entry) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("role", entry.role());
        out.put("content", entry.content());
        out.put("timestamp", entry.timestamp().toString());
        return out;
    }

    static Map<String, Object> list(List<Session> sessions) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sessions", sessions.stream().map(s -> session(s, "active")).toList());
        out.put("count", sessions.size());
        return out;
    }
}
