package dev.agentcore4j.model.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.agent.ContextOverflowException;
import dev.agentcore4j.agent.ModelException;
import dev.agentcore4j.agent.ModelServerException;
import dev.agentcore4j.agent.ModelThrottledException;
import java.util.Locale;

/**
 * Maps a chat completions error response ({@code {"error": {"message", "type", "code"}}}, or plain
 * text from some local servers) to the {@link ModelException} hierarchy: 429 is throttling (except an
 * exhausted quota, which waiting does not fix), a context-length error is a context overflow, 401/403
 * names the API key, everything else keeps its status (5xx and 408 retryable).
 */
final class ChatErrors {

    private static final int MAX_MESSAGE = 300;

    private final ObjectMapper json;

    ChatErrors(ObjectMapper json) {
        this.json = json;
    }

    ModelException fromResponse(int status, String body) {
        JsonNode error = parse(body).path("error");
        String message = error.isMissingNode() ? clip(body.strip()) : message(error);
        String code = error.path("code").asText("") + " " + error.path("type").asText("");
        if (message.isEmpty()) {
            message = "no details";
        }
        if (status == 429) {
            return code.contains("insufficient_quota")
                    ? new ModelException("the model provider quota is exhausted: " + message, false)
                    : new ModelThrottledException("the model server is throttling requests: " + message);
        }
        String lower = (message + " " + code).toLowerCase(Locale.ROOT);
        if (status == 400 && (lower.contains("context_length_exceeded") || lower.contains("context length")
                || lower.contains("too many tokens") || lower.contains("too long"))) {
            return new ContextOverflowException("the conversation is too long for the model: " + message);
        }
        if (status == 401 || status == 403) {
            return new ModelServerException(status, "the model server refused the API key (set OPENAI_API_KEY): " + message);
        }
        return new ModelServerException(status, "the model server answered with an error: " + message);
    }

    static String message(JsonNode error) {
        return clip(error.isTextual() ? error.asText() : error.path("message").asText(""));
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
