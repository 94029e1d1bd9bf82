package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one JSON object of a request, checked at the door: unknown fields, missing fields, wrong
 * types and out-of-range values are 400s naming the field by its path ({@code events[2].role}).
 *
 * <pre>{@code
 * Fields body = Fields.of(node, "", Set.of("text", "engine"));
 * String text = body.string("text", 1, 100_000);
 * }</pre>
 */
final class Fields {

    private final ObjectNode node;
    private final String where;

    private Fields(ObjectNode node, String where) {
        this.node = node;
        this.where = where;
    }

    /** @param where the path of this object in the body, {@code ""} for the body itself */
    static Fields of(JsonNode node, String where, Set<String> allowed) {
        if (!(node instanceof ObjectNode object)) {
            throw ApiException.invalid((where.isEmpty() ? "the body" : where) + " must be a JSON object");
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ApiException.invalid("unknown field " + quoted(path(where, name)) + (allowed.isEmpty()
                        ? ": send no body, or {}" : ": the fields here are " + String.join(", ", new TreeSet<>(allowed))));
            }
        }
        return new Fields(object, where);
    }

    String path(String field) {
        return path(where, field);
    }

    private static String path(String where, String field) {
        return where.isEmpty() ? field : where + "." + field;
    }

    boolean has(String field) {
        return node.hasNonNull(field);
    }

    JsonNode raw(String field) {
        return node.path(field);
    }

    /** A required string of {@code min}..{@code max} characters ({@code min} 1 also refuses blanks). */
    String string(String field, int min, int max) {
        return optionalString(field, min, max).orElseThrow(() -> missing(field, "a string"));
    }

    Optional<String> optionalString(String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ApiException.invalid(quoted(path(field)) + " must be a string, got " + kind(value));
        }
        String text = value.asText();
        if (text.length() > max) {
            throw ApiException.invalid(quoted(path(field)) + " must be at most " + max + " characters, got " + text.length());
        }
        if (text.length() < min || (min > 0 && text.isBlank())) {
            throw ApiException.invalid(quoted(path(field)) + (min == 1 ? " must not be empty"
                    : " must be at least " + min + " characters, got " + text.length()));
        }
        return Optional.of(text);
    }

    /** One of {@code choices}, exactly as written. */
    Optional<String> optionalChoice(String field, List<String> choices) {
        Optional<String> value = optionalString(field, 0, 200);
        if (value.isPresent() && !choices.contains(value.get())) {
            throw ApiException.invalid(quoted(path(field)) + " must be one of " + String.join(", ", choices)
                    + ", got \"" + value.get() + "\"");
        }
        return value;
    }

    String choice(String field, List<String> choices) {
        return optionalChoice(field, choices).orElseThrow(() -> missing(field, "one of " + String.join(", ", choices)));
    }

    Optional<Long> optionalLong(String field, long min, long max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ApiException.invalid(quoted(path(field)) + " must be an integer, got " + kind(value));
        }
        long number = value.asLong();
        if (number < min || number > max) {
            throw ApiException.invalid(quoted(path(field)) + " must be between " + min + " and " + max + ", got " + number);
        }
        return Optional.of(number);
    }

    long longValue(String field, long min, long max) {
        return optionalLong(field, min, max).orElseThrow(() -> missing(field, "an integer"));
    }

    ObjectNode object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw missing(field, "an object");
        }
        if (!(value instanceof ObjectNode object)) {
            throw ApiException.invalid(quoted(path(field)) + " must be an object, got " + kind(value));
        }
        return object;
    }

    /** A required value of any JSON type except null. */
    JsonNode any(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw missing(field, "a JSON value");
        }
        return value;
    }

    /** A list of distinct strings, each one of {@code choices}; {@code min}..{@code max} of them. */
    Optional<List<String>> optionalChoices(String field, List<String> choices, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray() || value.size() < min || value.size() > max) {
            throw ApiException.invalid(quoted(path(field)) + " must be a list of " + min + " to " + max + " of "
                    + String.join(", ", choices));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || !choices.contains(item.asText())) {
                throw ApiException.invalid(quoted(path(field)) + " may hold only " + String.join(", ", choices)
                        + ", got " + item);
            }
            if (out.contains(item.asText())) {
                throw ApiException.invalid(quoted(path(field)) + " names " + item + " twice");
            }
            out.add(item.asText());
        }
        return Optional.of(List.copyOf(out));
    }

    private ApiException missing(String field, String what) {
        return ApiException.invalid(quoted(path(field)) + " is required: " + what);
    }

    static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String quoted(String path) {
        return "\"" + path + "\"";
    }
}
