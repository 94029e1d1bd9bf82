package dev.agentcore4j.engine.langchain4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;

/**
 * The one JSON codec of this engine: LangChain4j carries tool arguments and tool results as JSON
 * text, our agent API carries them as JSON-like maps.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private Json() {
    }

    /** The arguments a model sent as JSON text; blank text is no arguments. */
    static Map<String, Object> arguments(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> value = MAPPER.readValue(json, OBJECT);
            return value == null ? Map.of() : value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("tool arguments are not a JSON object: " + e.getOriginalMessage());
        }
    }

    /** A JSON object or array read from text, or empty when the text is not one. */
    static Optional<Object> structure(String text) {
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") && trimmed.endsWith("}")) && !(trimmed.startsWith("[") && trimmed.endsWith("]"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(trimmed, Object.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON-like value could not be written", e);
        }
    }
}
