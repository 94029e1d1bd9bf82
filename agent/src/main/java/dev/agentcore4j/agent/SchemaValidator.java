package dev.agentcore4j.agent;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates tool arguments against the JSON schema subset tools use: type, properties, required,
 * enum, items, additionalProperties=false, minimum/maximum. Messages name the argument path so the
 * model can correct itself: {@code argument 'city' is required}, {@code argument 'n' must be an integer}.
 */
final class SchemaValidator {

    private SchemaValidator() {
    }

    static List<String> validate(Map<String, Object> schema, Map<String, Object> input) {
        var problems = new ArrayList<String>();
        checkObject(schema, input, "", problems);
        return List.copyOf(problems);
    }

    private static void check(Map<?, ?> schema, Object value, String path, List<String> problems) {
        if (schema.get("enum") instanceof List<?> allowed && !allowed.contains(value)) {
            problems.add(argument(path) + " must be one of " + allowed);
            return;
        }
        if (!(schema.get("type") instanceof String type)) {
            return; // an untyped schema accepts anything
        }
        switch (type) {
            case "string" -> require(value instanceof String, path, "a string", problems);
            case "boolean" -> require(value instanceof Boolean, path, "a boolean", problems);
            case "integer" -> {
                if (require(isInteger(value), path, "an integer", problems)) {
                    checkRange(schema, (Number) value, path, problems);
                }
            }
            case "number" -> {
                if (require(value instanceof Number, path, "a number", problems)) {
                    checkRange(schema, (Number) value, path, problems);
                }
            }
            case "array" -> {
                if (require(value instanceof List<?>, path, "an array", problems)
                        && schema.get("items") instanceof Map<?, ?> items) {
                    var list = (List<?>) value;
                    for (int i = 0; i < list.size(); i++) {
                        check(items, list.get(i), path + "[" + i + "]", problems);
                    }
                }
            }
            case "object" -> {
                if (require(value instanceof Map<?, ?>, path, "an object", problems)) {
                    checkObject(schema, (Map<?, ?>) value, path, problems);
                }
            }
            default -> { } // "null" or unknown: nothing we can check usefully
        }
    }

    private static void checkObject(Map<?, ?> schema, Map<?, ?> value, String path, List<String> problems) {
        Map<?, ?> properties = schema.get("properties") instanceof Map<?, ?> p ? p : Map.of();
        if (schema.get("required") instanceof List<?> required) {
            for (Object name : required) {
                if (!value.containsKey(name)) {
                    problems.add(argument(join(path, String.valueOf(name))) + " is required");
                }
            }
        }
        // schema order, not input order, so the messages are deterministic
        for (var property : properties.entrySet()) {
            if (value.containsKey(property.getKey()) && property.getValue() instanceof Map<?, ?> propertySchema) {
                check(propertySchema, value.get(property.getKey()), join(path, String.valueOf(property.getKey())), problems);
            }
        }
        if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
            value.keySet().stream().map(String::valueOf).filter(k -> !properties.containsKey(k)).sorted().forEach(k ->
                    problems.add(argument(join(path, k)) + " is not expected; expected " + properties.keySet()));
        }
    }

    private static void checkRange(Map<?, ?> schema, Number value, String path, List<String> problems) {
        double v = value.doubleValue();
        if (schema.get("minimum") instanceof Number min && v < min.doubleValue()) {
            problems.add(argument(path) + " must be at least " + min);
        }
        if (schema.get("maximum") instanceof Number max && v > max.doubleValue()) {
            problems.add(argument(path) + " must be at most " + max);
        }
    }

    /** JSON has one number type; a decoder may give 3.0 for 3, which is still an integer. */
    static boolean isInteger(Object value) {
        return switch (value) {
            case Integer _, Long _, Short _, Byte _, BigInteger _ -> true;
            case Double d -> d == Math.rint(d) && !d.isInfinite();
            case Float f -> f == Math.rint(f) && !f.isInfinite();
            case BigDecimal d -> d.stripTrailingZeros().scale() <= 0;
            case null, default -> false;
        };
    }

    private static boolean require(boolean ok, String path, String what, List<String> problems) {
        if (!ok) {
            problems.add(argument(path) + " must be " + what);
        }
        return ok;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String argument(String path) {
        return path.isEmpty() ? "the input" : "argument '" + path + "'";
    }
}
