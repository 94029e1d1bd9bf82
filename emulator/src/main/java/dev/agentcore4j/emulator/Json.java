package dev.agentcore4j.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The twin's one JSON codec. */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Parses a request body; an empty body is an empty object (the list operations send none).
     *
     * @throws TwinException a ValidationException with reason CannotParse when it is not a JSON object
     */
    static ObjectNode parseBody(byte[] body) {
        if (body.length == 0) {
            return object();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw TwinException.cannotParse("Could not parse the request body: it must be a JSON object");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw TwinException.cannotParse("Could not parse the request body: it must be a JSON object");
    }

    static ObjectNode parseStored(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored runtime document is not JSON", e);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
