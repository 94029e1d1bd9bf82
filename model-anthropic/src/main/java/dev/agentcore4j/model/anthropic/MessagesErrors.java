package dev.agentcore4j.model.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.agent.ContextOverflowException;
import dev.agentcore4j.agent.ModelException;
import dev.agentcore4j.agent.ModelServerException;
import dev.agentcore4j.agent.ModelThrottledException;
import java.util.Locale;

/**
 * Maps Messages API errors ({@code {"type":"error","error":{"type","message"}}}) to the
 * {@link ModelException} hierarchy: 429 {@code rate_limit_error} is throttling, "prompt is too long"
 * a context overflow, 401/403 names the key, other statuses keep their code (5xx and 529
 * {@code overloaded_error} retryable). The same types arrive mid-stream as an {@code error} event.
 */
final class MessagesErrors {

    private static final int MAX_MESSAGE = 300;

    private final ObjectMapper json;

    MessagesErrors(ObjectMapper json) {
        this.json = json;
    }

    ModelException fromResponse(int status, String body) {
        JsonNode error = parse(body).path("error");
        String message = error.isMissingNode() ? clip(body.strip()) : clip(error.path("message").asText(""));
        if (message.isEmpty()) {
            message = "no details";
        }
        if (status == 429) {
            return new ModelThrottledException("Anthropic is rate limiting requests: " + message);
        }
        if (status == 400 && isOverflow(message)) {
            return new ContextOverflowException("the conversation is too long for the model: " + message);
        }
        if (status == 401 || status == 403) {
            return new ModelServerException(status, "Anthropic refused the API key (set ANTHROPIC_API_KEY): " + message);
        }
        return new ModelServerException(status, "Anthropic answered with an error: " + message);
    }

    /** An {@code error} event inside an open stream. */
    ModelException fromStreamEvent(JsonNode error) {
        String type = error.path("type").asText("");
        String message = clip(error.path("message").asText("no details"));
        return switch (type) {
            case "rate_limit_error" -> new ModelThrottledException("Anthropic is rate limiting requests: " + message);
            case "overloaded_error", "api_error" -> new ModelException("Anthropic failed mid-stream: " + message, true);
            default -> isOverflow(message)
                    ? new ContextOverflowException("the conversation is too long for the model: " + message)
                    : new ModelException("Anthropic failed mid-stream: " + message, false);
        };
    }

    private static boolean isOverflow(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("prompt is too long") || lower.contains("too many tokens")
                || lower.contains("context window");
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node == null ? json.missingNode() : node;
        } catch (JsonProcessingException e) {
            return json.missingNode();
        }
    }

    private static String clip(String s) {
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "…";
    }
}
