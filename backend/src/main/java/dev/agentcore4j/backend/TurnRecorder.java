package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.backend.SessionEvent.MessageAdded;
import dev.agentcore4j.backend.SessionEvent.ToolCallCompleted;
import dev.agentcore4j.backend.SessionEvent.ToolCallRequested;
import dev.agentcore4j.backend.SessionEvent.TurnFailed;
import dev.agentcore4j.backend.SessionEvent.TurnStopped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the wire events of one server-side turn into the session events the browser would append
 * for it: tool calls as they were requested and completed, then the assistant message with the text
 * that arrived, and {@code TurnStopped} or {@code TurnFailed} when the turn did not finish.
 */
final class TurnRecorder {

    private final String engine;
    private final List<SessionEvent> events = new ArrayList<>();
    private final Set<String> open = new HashSet<>();
    private final StringBuilder text = new StringBuilder();
    private boolean finished;
    private String error = "";

    TurnRecorder(String engine) {
        this.engine = engine;
    }

    void accept(ObjectNode event) {
        switch (event.path("type").asText()) {
            case "text_delta" -> text.append(event.path("text").asText());
            case "tool_call" -> {
                String id = event.path("tool_use_id").asText();
                if (!id.isEmpty() && open.add(id)) {
                    JsonNode input = event.path("input");
                    events.add(new ToolCallRequested(id, event.path("name").asText(),
                            input instanceof ObjectNode object ? object : Json.object()));
                }
            }
            case "tool_result" -> {
                String id = event.path("tool_use_id").asText();
                if (open.remove(id)) {
                    String status = event.path("status").asText().toLowerCase(Locale.ROOT);
                    events.add(new ToolCallCompleted(id, event.path("content").isMissingNode() ? Json.array()
                            : event.path("content"), status.equals("error") ? "error" : "success",
                            Math.max(0, event.path("duration_ms").asLong())));
                }
            }
            case "finished" -> finished = true;
            case "error" -> error = event.path("message").asText("the agent failed");
            default -> { }
        }
    }

    /** Whether the agent's stream itself ended with an error event. */
    boolean sawError() {
        return !error.isEmpty();
    }

    /** The turn's events; {@code stopped} when the caller went away or it was cancelled. */
    List<SessionEvent> events(boolean stopped, String failure) {
        List<SessionEvent> out = new ArrayList<>(events);
        out.add(new MessageAdded("assistant", text.toString(), engine));
        String why = !failure.isEmpty() ? failure : error;
        if (!why.isEmpty()) {
            out.add(new TurnFailed(why.length() > EventCodec.MAX_REASON ? why.substring(0, EventCodec.MAX_REASON) : why));
        } else if (stopped || !finished) {
            out.add(new TurnStopped(stopped ? "the caller went away" : "the agent's stream ended without finishing"));
        }
        return out;
    }
}
