package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The development mode: a deterministic canned answer that repeats the prompt, streamed a word at a
 * time, clearly labelled as mock (the text starts with {@code [mock]} and {@code finished} carries
 * {@code "mock": true}). No model and no runtime are called.
 */
final class MockPort implements AgentPort {

    static final String PREFIX = "[mock] ";

    @Override
    public Mode mode() {
        return Mode.MOCK;
    }

    @Override
    public void turn(Turn turn, Consumer<ObjectNode> events, Cancellation cancellation) {
        String prompt = turn.text().strip();
        String quoted = prompt.length() > 200 ? prompt.substring(0, 200) + "…" : prompt;
        String answer = PREFIX + "This is the backend's mock agent (AC4J_BACKEND_MODE=mock): no model or runtime "
                + "was called. You said: \"" + quoted + "\"";
        List<String> words = words(answer);
        for (String word : words) {
            if (cancellation.isCancelled()) {
                return;
            }
            events.accept(WireEvents.textDelta(word));
        }
        Usage usage = Usage.of(words(prompt).size(), words.size());
        events.accept(Json.object().put("type", "usage").set("usage", WireEvents.usage(usage)));
        events.accept(Json.object().put("type", "finished").put("session_id", turn.sessionId()).put("engine", turn.engine())
                .put("stop_reason", "end_turn").put("mock", true).set("usage", WireEvents.usage(usage)));
    }

    /** Words with their following blanks, so that joining them gives the text back. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i)))) {
                out.add(text.substring(start, i));
                start = i;
            }
        }
        return out;
    }

    @Override
    public String end(String sessionId) {
        return "skipped";
    }
}
