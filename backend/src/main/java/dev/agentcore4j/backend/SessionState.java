package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.backend.SessionEvent.MessageAdded;
import dev.agentcore4j.backend.SessionEvent.SessionEnded;
import dev.agentcore4j.backend.SessionEvent.SessionStarted;
import dev.agentcore4j.backend.SessionEvent.ToolCallCompleted;
import dev.agentcore4j.backend.SessionEvent.ToolCallRequested;
import dev.agentcore4j.backend.SessionEvent.TurnFailed;
import dev.agentcore4j.backend.SessionEvent.TurnStopped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's view, folded from its events: the projection the API answers from, rebuilt from the
 * log when the backend starts and kept up to date as events are appended. A turn's tool calls
 * belong to the assistant message that follows them; a stopped or failed turn without one gets an
 * empty assistant message to carry them. Not thread-safe: {@link SessionLog} guards it.
 */
final class SessionState {

    static final int TITLE_FROM_MESSAGE = 60;

    private final String sessionId;
    private String engine = "";
    private String title = "";
    private String firstUserText = "";
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;
    private boolean ended;
    private long lastSeq;
    private final List<Message> messages = new ArrayList<>();
    private final List<Call> pending = new ArrayList<>();
    private final Map<String, Call> open = new HashMap<>();

    SessionState(String sessionId) {
        this.sessionId = sessionId;
    }

    void apply(RecordedEvent recorded) {
        if (recorded.seq() != lastSeq + 1) {
            throw new IllegalStateException("session " + sessionId + " expected event " + (lastSeq + 1) + ", got " + recorded.seq());
        }
        lastSeq = recorded.seq();
        updatedAt = recorded.at();
        switch (recorded.event()) {
            case SessionStarted e -> {
                engine = e.engine();
                title = e.title();
                createdAt = recorded.at();
            }
            case MessageAdded e when e.role().equals("user") -> {
                closeTurn(recorded.at(), engine);
                if (firstUserText.isEmpty()) {
                    firstUserText = e.text();
                }
                messages.add(new Message("user", e.text(), recorded.at(), e.engine(), List.of()));
            }
            case MessageAdded e -> {
                messages.add(new Message("assistant", e.text(), recorded.at(), e.engine(), List.copyOf(pending)));
                pending.clear();
            }
            case ToolCallRequested e -> {
                Call call = new Call(e.toolUseId(), e.tool(), e.arguments());
                pending.add(call);
                open.put(e.toolUseId(), call);
            }
            case ToolCallCompleted e -> {
                Call call = open.remove(e.toolUseId());
                if (call != null) {
                    call.result = e.result();
                    call.status = e.status();
                    call.durationMs = e.durationMs();
                }
            }
            case TurnStopped _ -> lastAssistant(recorded.at()).stopped = true;
            case TurnFailed e -> lastAssistant(recorded.at()).failed = e.message();
            case SessionEnded _ -> ended = true;
        }
    }

    /** Tool calls left without an assistant message are kept on an empty one, so none is lost. */
    private void closeTurn(Instant at, String engineOfTurn) {
        if (!pending.isEmpty()) {
            messages.add(new Message("assistant", "", at, engineOfTurn, List.copyOf(pending)));
            pending.clear();
        }
    }

    private Message lastAssistant(Instant at) {
        closeTurn(at, engine);
        if (messages.isEmpty() || !messages.getLast().role.equals("assistant")) {
            messages.add(new Message("assistant", "", at, engine, List.of()));
        }
        return messages.getLast();
    }

    String sessionId() {
        return sessionId;
    }

    String engine() {
        return engine;
    }

    boolean ended() {
        return ended;
    }

    long lastSeq() {
        return lastSeq;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Whether a call of this id was requested and has not completed yet. */
    boolean isOpen(String toolUseId) {
        return open.containsKey(toolUseId);
    }

    /**
     * The conversation as the agent saw it, text only and oldest first, for an agent that continues
     * the session after a restart: empty messages (tool-only or stopped turns) left out, neighbours of
     * one role joined (a failed turn leaves two user prompts in a row), starting with a user prompt.
     */
    List<dev.agentcore4j.agent.Message> transcript() {
        List<dev.agentcore4j.agent.Message> out = new ArrayList<>();
        String role = "";
        StringBuilder text = new StringBuilder();
        for (Message m : messages) {
            if (m.text.isBlank() || (out.isEmpty() && role.isEmpty() && !m.role.equals("user"))) {
                continue;
            }
            if (!m.role.equals(role)) {
                flush(out, role, text);
                role = m.role;
            } else {
                text.append("\n");
            }
            text.append(m.text);
        }
        flush(out, role, text);
        return out;
    }

    private static void flush(List<dev.agentcore4j.agent.Message> out, String role, StringBuilder text) {
        if (!role.isEmpty()) {
            out.add(role.equals("user") ? dev.agentcore4j.agent.Message.user(text.toString())
                    : dev.agentcore4j.agent.Message.assistant(text.toString()));
        }
        text.setLength(0);
    }

    ObjectNode summary() {
        String shown = !title.isEmpty() ? title : firstUserText.isEmpty() ? "New session"
                : firstUserText.length() <= TITLE_FROM_MESSAGE ? firstUserText.strip()
                : firstUserText.substring(0, TITLE_FROM_MESSAGE).strip() + "…";
        return Json.object().put("sessionId", sessionId).put("title", shown).put("engine", engine)
                .put("createdAt", createdAt.toString()).put("updatedAt", updatedAt.toString())
                .put("messageCount", messages.size()).put("ended", ended);
    }

    ObjectNode detail() {
        ObjectNode out = summary();
        ArrayNode list = out.putArray("messages");
        messages.forEach(m -> list.add(m.json()));
        if (!pending.isEmpty()) {
            // A turn in progress (or appended without its answer yet): its calls show on an open message.
            list.add(new Message("assistant", "", updatedAt, engine, List.copyOf(pending)).json());
            out.put("messageCount", list.size());
        }
        return out;
    }

    private static final class Message {
        final String role;
        final String text;
        final Instant at;
        final String engine;
        final List<Call> calls;
        boolean stopped;
        String failed = "";

        Message(String role, String text, Instant at, String engine, List<Call> calls) {
            this.role = role;
            this.text = text;
            this.at = at;
            this.engine = engine;
            this.calls = calls;
        }

        ObjectNode json() {
            ObjectNode out = Json.object().put("role", role).put("text", text).put("at", at.toString())
                    .put("engine", engine);
            ArrayNode list = out.putArray("toolCalls");
            calls.forEach(c -> list.add(c.json()));
            out.put("stopped", stopped);
            if (!failed.isEmpty()) {
                out.put("failed", failed);
            }
            return out;
        }
    }

    private static final class Call {
        final String toolUseId;
        final String tool;
        final ObjectNode arguments;
        JsonNode result;
        String status = "pending";
        long durationMs = -1;

        Call(String toolUseId, String tool, ObjectNode arguments) {
            this.toolUseId = toolUseId;
            this.tool = tool;
            this.arguments = arguments;
        }

        ObjectNode json() {
            ObjectNode out = Json.object().put("toolUseId", toolUseId).put("tool", tool);
            out.set("arguments", arguments.deepCopy());
            if (result != null) {
                out.set("result", result.deepCopy());
                out.put("durationMs", durationMs);
            }
            out.put("status", status);
            return out;
        }
    }
}
