package dev.agentcore4j.memory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The service's one JSON codec, and the restJson1 timestamp encoding: epoch seconds as a JSON number
 * with millisecond fraction, which is what the AWS SDKs send and expect.
 */
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

    /**
     * A request body; an empty body is an empty object (some operations send none).
     *
     * @throws MemoryException a ValidationException with reason CannotParse when it is not a JSON object
     */
    static ObjectNode parseBody(byte[] body) {
        if (body.length == 0) {
            return object();
        }
        try {
            if (MAPPER.readTree(body) instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            // answered below
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw MemoryException.validationReason("CannotParse",
                "Could not parse the request body: it must be a JSON object");
    }

    /** A document this service wrote itself. */
    static ObjectNode parseStored(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored memory document is not JSON", e);
        }
    }

    static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored memory document is not JSON", e);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Epoch seconds with millisecond precision, e.g. {@code 1764806400.123}. */
    static BigDecimal timestamp(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    /**
     * A timestamp member as the SDKs send it (epoch seconds, possibly fractional) or as an RFC 3339
     * string; records a validation error when it is neither.
     */
    static Optional<Instant> timestamp(Checks checks, JsonNode parent, String name, String path, boolean required) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                checks.missing(path);
            }
            return Optional.empty();
        }
        try {
            if (node.isNumber()) {
                return Optional.of(Instant.ofEpochMilli(node.decimalValue().movePointRight(3).longValue()));
            }
            if (node.isTextual()) {
                return Optional.of(Instant.parse(node.asText()));
            }
        } catch (ArithmeticException | DateTimeParseException e) {
            // answered below
        }
        checks.fail(path, "Value at '" + path + "' failed to satisfy constraint: Member must be a timestamp "
                + "(epoch seconds or an RFC 3339 date-time)");
        return Optional.empty();
    }
}
