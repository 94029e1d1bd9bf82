package dev.agentcore4j.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The backend's one JSON codec. */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** A request body: a JSON object, else 400 {@code invalid_json}. An empty body is an empty object. */
    static ObjectNode parseBody(byte[] body) {
        if (body.length == 0) {
            return object();
        }
        try {
            if (MAPPER.readTree(body) instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "invalid_json", "the body is not valid JSON (" + e.getOriginalMessage()
                    + "): send one JSON object");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new ApiException(400, "invalid_json", "the body must be a JSON object");
    }

    /** Text this module wrote itself (the store); a failure is a bug, not a client error. */
    static JsonNode parseStored(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store holds a document that is not JSON", e);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
