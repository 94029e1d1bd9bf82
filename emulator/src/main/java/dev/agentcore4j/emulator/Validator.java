package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.emulator.TwinException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Collects field errors the way AWS's validation layer words them ("Value 'x' at 'member' failed to
 * satisfy constraint: Member must ...") and throws them together as one ValidationException.
 */
final class Validator {

    private final List<FieldError> errors = new ArrayList<>();

    /** A required string member; records "must not be null" when absent. */
    Optional<String> required(JsonNode parent, String name, String path) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            fail(path, "Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
            return Optional.empty();
        }
        return text(node, path);
    }

    Optional<String> optional(JsonNode parent, String name, String path) {
        JsonNode node = parent.path(name);
        return node.isMissingNode() || node.isNull() ? Optional.empty() : text(node, path);
    }

    /** A required object member. */
    boolean requireObject(JsonNode parent, String name, String path) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            fail(path, "Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
            return false;
        }
        if (!node.isObject()) {
            fail(path, "Value at '" + path + "' failed to satisfy constraint: Member must be a structure");
            return false;
        }
        return true;
    }

    void pattern(String path, String value, String regex) {
        if (!Pattern.compile(regex).matcher(value).matches()) {
            fail(path, "Value '" + value + "' at '" + path + "' failed to satisfy constraint: "
                    + "Member must satisfy regular expression pattern: " + regex);
        }
    }

    /** Length bounds; sensitive values are not echoed back. */
    void length(String path, String value, int min, int max, boolean sensitive) {
        String shown = sensitive ? "Value" : "Value '" + value + "'";
        if (value.length() < min) {
            fail(path, shown + " at '" + path + "' failed to satisfy constraint: "
                    + "Member must have length greater than or equal to " + min);
        } else if (value.length() > max) {
            fail(path, shown + " at '" + path + "' failed to satisfy constraint: "
                    + "Member must have length less than or equal to " + max);
        }
    }

    void range(String path, long value, long min, long max) {
        if (value < min) {
            fail(path, "Value '" + value + "' at '" + path + "' failed to satisfy constraint: "
                    + "Member must have value greater than or equal to " + min);
        } else if (value > max) {
            fail(path, "Value '" + value + "' at '" + path + "' failed to satisfy constraint: "
                    + "Member must have value less than or equal to " + max);
        }
    }

    void oneOf(String path, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            fail(path, "Value '" + value + "' at '" + path + "' failed to satisfy constraint: "
                    + "Member must satisfy enum value set: " + allowed);
        }
    }

    /** A rule that is not a per-member constraint (union rules, idle ≤ max). */
    void fail(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    boolean ok() {
        return errors.isEmpty();
    }

    /** @throws TwinException a ValidationException listing every error collected */
    void check() {
        if (!errors.isEmpty()) {
            throw TwinException.validation(errors);
        }
    }

    private Optional<String> text(JsonNode node, String path) {
        if (!node.isTextual()) {
            fail(path, "Value at '" + path + "' failed to satisfy constraint: Member must be a string");
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }
}
