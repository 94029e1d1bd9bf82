package dev.agentcore4j.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.runtime.ClientError;
import dev.agentcore4j.runtime.Reply;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The seed container's own API, as operations: what both its HTTP routes ({@link SeedRoutes}) and
 * the {@code action} payloads of {@code /invocations} ({@link SeedActions}) call.
 */
final class SeedApi {

    private final SessionAgents sessions;

    SeedApi(SessionAgents sessions) {
        this.sessions = sessions;
    }

    Map<String, Object> health() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "healthy");
        out.put("engine", sessions.config().engine().id());
        out.put("model", AgentEvents.model(sessions.config().model().info()));
        out.put("active_sessions", sessions.size());
        out.put("timestamp", sessions.clock().instant().toString());
        return out;
    }

    Map<String, Object> createSession(JsonNode body) {
        Optional<String> id = text(body, "session_id");
        return SessionViews.session(sessions.create(id, EngineChoice.of(body), ModelChoice.of(body)), "active");
    }

    Map<String, Object> listSessions() {
        return SessionViews.list(sessions.list());
    }

    Map<String, Object> getSession(String id) {
        return SessionViews.session(sessions.require(id), "active");
    }

    Map<String, Object> messages(String id) {
        return SessionViews.messages(sessions.require(id));
    }

    /**
     * One turn on an existing session; {@code "stream": true} answers with agent events.
     *
     * @param authorization the caller's {@code Authorization} header when AgentCore passed one (for the actor)
     */
    Reply send(String id, JsonNode body, Optional<String> authorization, Consumer<Runnable> onCancel) {
        Session session = sessions.require(id);
        SessionAgents.requireSame(session, EngineChoice.of(body), ModelChoice.of(body));
        String prompt = prompt(body);
        return Turns.reply(sessions, session, prompt, () -> Actors.resolve(body, authorization),
                body.path("stream").asBoolean(false), Optional.of(id), onCancel);
    }

    Map<String, Object> end(String id) {
        return SessionViews.session(sessions.end(id), "ended");
    }

    Map<String, Object> info() {
        ContainerConfig config = sessions.config();
        return AgentViews.info(config.engine(), config.model().info(), config.providers().configured(),
                sessions.tools().stream().map(t -> t.spec()).toList(), config.systemPrompt());
    }

    Map<String, Object> comparison() {
        return AgentViews.comparison(sessions.config().engine(), sessions.config().model().info());
    }

    Map<String, Object> tools() {
        return AgentViews.tools(sessions.tools().stream().map(t -> t.spec()).toList());
    }

    Map<String, Object> benchmark(JsonNode body) {
        return Benchmark.run(body, sessions);
    }

    /** The message text: {@code "message"} (text, or {@code {"content": …}}), {@code "prompt"} or {@code "content"}. */
    static String prompt(JsonNode body) {
        String prompt = text(body, "message")
                .or(() -> text(body.path("message"), "content"))
                .or(() -> text(body, "prompt"))
                .or(() -> text(body, "content"))
                .or(() -> text(body.path("input"), "prompt"))
                .orElseThrow(() -> new ClientError(400, "no message: send {\"message\": \"...\"}"));
        if (prompt.isBlank()) {
            throw new ClientError(400, "the message is empty: send some text");
        }
        if (prompt.length() > AgentRequest.MAX_PROMPT_CHARS) {
            throw new ClientError(413, "the message has " + prompt.length() + " characters; the limit is "
                    + AgentRequest.MAX_PROMPT_CHARS);
        }
        return prompt;
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }
}
