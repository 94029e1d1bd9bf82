package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Collects field errors worded as AWS's validation layer words them ("Value 'x' at 'member' failed
 * to satisfy constraint: Member must ...") and throws them together as one ValidationException, in
 * the exception type of the service that validates: Memory's planes here, the Runtime planes in the
 * emulator.
 */
public class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();
    private final Function<List<FieldError>, ? extends RuntimeException> failure;

    /** @param failure the service's ValidationException for the errors collected (never an empty list) */
    protected FieldChecks(Function<List<FieldError>, ? extends RuntimeException> failure) {
        this.failure = failure;
    }

    /** A required string member; records "must not be null" when absent. */
    public final Optional<String> required(JsonNode parent, String name, String path) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            missing(path);
            return Optional.empty();
        }
        return text(node, path);
    }

    public final Optional<String> optional(JsonNode parent, String name, String path) {
        JsonNode node = parent.path(name);
        return node.isMissingNode() || node.isNull() ? Optional.empty() : text(node, path);
    }

    /** A required string that must match {@code pattern} and lie within the lengths. */
    public final Optional<String> required(JsonNode parent, String name, String path, Pattern pattern, int min, int max) {
        Optional<String> value = required(parent, name, path);
        value.ifPresent(v -> string(path, v, pattern, min, max));
        return value;
    }

    public final Optional<String> optional(JsonNode parent, String name, String path, Pattern pattern, int min, int max) {
        Optional<String> value = optional(parent, name, path);
        value.ifPresent(v -> string(path, v, pattern, min, max));
        return value;
    }

    /** Lengths first (as AWS reports them), then the pattern. */
    public final void string(String path, String value, Pattern pattern, int min, int max) {
        int before = errors.size();
        length(path, value, min, max, false);
        if (errors.size() == before) {
            pattern(path, value, pattern);
        }
    }

    public final void pattern(String path, String value, Pattern pattern) {
        if (!pattern.matcher(value).matches()) {
            fail(path, "Value '" + value + "' at '" + path + "' failed to satisfy constraint: "
                    + "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
    }

    /** Length bounds; sensitive values are not echoed back. */
    public final void length(String path, String value, int min, int max, boolean sensitive) {
        String shown = sensitive ? "Value" : "Value '" + value + "'";
        if (value.length() < min) {
            fail(path, shown + " at '" + path + "' failed to satisfy constraint: "
                    + "Member must have length greater than or equal to " + min);
        } else if (value.length() > max) {
            fail(path, shown + " at '" + path + "' failed to satisfy constraint: "
                    + "Member must have length less than or equal to " + max);
        }
    }

    /** An optional integer member within {@code [min, max]}. */
    public final Optional<Integer> integer(JsonNode parent, String name, String path, int min, int max) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            fail(path, "Value at '" + path + "' failed to satisfy constraint: Member must be an integer");
            return Optional.empty();
        }
        range(path, node.asInt(), min, max);
        return Optional.of(node.asInt());
    }

    public final void range(String path, long value, long min, long max) {
        if (value < min) {
            fail(path, "Value '" + value + "' at '" + path + "' failed to satisfy constraint: "
                    + "Member must have value greater than or equal to " + min);
        } else if (value > max) {
            fail(path, "Value '" + value + "' at '" + path + "' failed to satisfy constraint: "
                    + "Member must have value less than or equal to " + max);
        }
    }

    public final void oneOf(String path, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            fail(path, "Value '" + value + "' at '" + path + "' failed to satisfy constraint: "
                    + "Member must satisfy enum value set: " + allowed);
        }
    }

    public final Optional<Boolean> bool(JsonNode parent, String name, String path) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            fail(path, "Value at '" + path + "' failed to satisfy constraint: Member must be a boolean");
            return Optional.empty();
        }
        return Optional.of(node.asBoolean());
    }

    /** An optional structure member; {@code required} records "must not be null" when it is absent. */
    public final Optional<JsonNode> object(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                missing(path);
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            fail(path, "Value at '" + path + "' failed to satisfy constraint: Member must be a structure");
            return Optional.empty();
        }
        return Optional.of(node);
    }

    /** An optional list member whose size lies within {@code [min, max]}. */
    public final List<JsonNode> list(JsonNode parent, String name, String path, boolean required, int min, int max) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                missing(path);
            }
            return List.of();
        }
        if (!node.isArray()) {
            fail(path, "Value at '" + path + "' failed to satisfy constraint: Member must be a list");
            return List.of();
        }
        if (node.size() < min) {
            fail(path, "Value at '" + path + "' failed to satisfy constraint: "
                    + "Member must have length greater than or equal to " + min);
        } else if (node.size() > max) {
            fail(path, "Value at '" + path + "' failed to satisfy constraint: "
                    + "Member must have length less than or equal to " + max);
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    /**
     * A union: exactly one of {@code members} must be set.
     *
     * @return the member that is set, when exactly one is
     */
    public final Optional<String> union(JsonNode node, String path, List<String> members) {
        if (!node.isObject()) {
            fail(path, "Value at '" + path + "' failed to satisfy constraint: Member must be a structure");
            return Optional.empty();
        }
        List<String> set = new ArrayList<>();
        node.fieldNames().forEachRemaining(set::add);
        set.removeIf(name -> node.get(name).isNull());
        if (set.size() != 1 || !members.contains(set.getFirst())) {
            fail(path, "Value at '" + path + "' failed to satisfy constraint: Member must set exactly one of "
                    + members + (set.isEmpty() ? "" : ", got " + set));
            return Optional.empty();
        }
        return Optional.of(set.getFirst());
    }

    public final void missing(String path) {
        fail(path, "Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
    }

    /** A rule that is not a per-member constraint. */
    public final void fail(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    public final boolean ok() {
        return errors.isEmpty();
    }

    /** @throws RuntimeException the service's ValidationException listing every error collected */
    public final void check() {
        if (!errors.isEmpty()) {
            throw failure.apply(List.copyOf(errors));
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
