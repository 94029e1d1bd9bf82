package dev.agentcore4j.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.runtime.ClientError;
import dev.agentcore4j.runtime.InvocationContext;
import java.util.Optional;

/**
 * One agent turn asked for by a payload. Accepted shapes: {@code {"prompt": …}}, the seed's
 * {@code {"input": {"prompt"|"instruction": …, "session_id": …}}}, and Converse-style
 * {@code {"messages": [{"role": "user", "content": [{"text": …}]}]}} (the last user text is the
 * prompt). {@code "stream": true} or {@code Accept: text/event-stream} asks for events. Without a
 * session id (header or payload) the turn runs on a fresh agent that remembers nothing.
 * {@code "engine": "strands"|"langchain4j"} picks the engine of a new session (default: the
 * container's); {@code "model": "offline"|"bedrock"|"openai"|"anthropic"} its model (default: the
 * container's, {@code AC4J_MODEL}; the provider must be configured in the runtime).
 */
record AgentRequest(String prompt, Optional<String> sessionId, boolean stream, Optional<Engine> engine,
                    Optional<String> model) {

    static final int MAX_PROMPT_CHARS = 100_000;

    static AgentRequest from(JsonNode payload, InvocationContext context) {
        if (!payload.isObject()) {
            throw new ClientError(400, "the payload must be a JSON object such as {\"prompt\": \"Hello\"}");
        }
        JsonNode input = payload.path("input");
        String prompt = text(payload, "prompt")
                .or(() -> text(input, "prompt"))
                .or(() -> text(input, "instruction"))
                .or(() -> lastUserText(payload.path("messages")))
                .or(() -> lastUserText(input.path("messages")))
                .orElseThrow(() -> new ClientError(400,
                        "no prompt: send {\"prompt\": \"...\"}, {\"input\": {\"prompt\": \"...\"}} or Converse-style messages"));
        if (prompt.isBlank()) {
            throw new ClientError(400, "the prompt is empty: send some text");
        }
        if (prompt.length() > MAX_PROMPT_CHARS) {
            throw new ClientError(413, "the prompt has " + prompt.length() + " characters; the limit is " + MAX_PROMPT_CHARS);
        }
        // No session named: a one-off turn with no memory (AgentCore itself always sends one).
        Optional<String> session = context.sessionId()
                .or(() -> text(input, "session_id"))
                .or(() -> text(payload, "session_id"));
        boolean stream = wantsStream(payload, context);
        return new AgentRequest(prompt, session, stream, EngineChoice.of(payload), ModelChoice.of(payload));
    }

    /** {@code "stream": true} or {@code Accept: text/event-stream}. */
    static boolean wantsStream(JsonNode payload, InvocationContext context) {
        return payload.path("stream").asBoolean(false) || acceptsEventStream(context);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Optional<String> lastUserText(JsonNode messages) {
        if (!messages.isArray()) {
            return Optional.empty();
        }
        for (int i = messages.size() - 1; i >= 0; i--) {
            JsonNode message = messages.get(i);
            if (!"user".equals(message.path("role").asText())) {
                continue;
            }
            JsonNode content = message.path("content");
            if (content.isTextual()) {
                return Optional.of(content.asText());
            }
            StringBuilder text = new StringBuilder();
            for (JsonNode block : content) {
                if (block.path("text").isTextual()) {
                    text.append(block.path("text").asText());
                }
            }
            return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
        }
        return Optional.empty();
    }

    private static boolean acceptsEventStream(InvocationContext context) {
        return context.header("Accept").filter(accept -> accept.contains("text/event-stream")).isPresent();
    }
}
