package dev.agentcore4j.tools;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to a tool's JSON-like input. The agent validates input against the schema first;
 * these checks repeat the essentials so a tool called directly fails just as clearly.
 */
record Arguments(Map<String, Object> input) {

    String string(String name) {
        return optionalString(name).orElseThrow(() -> new ToolFailure("argument '" + name + "' is required"));
    }

    /** Absent, null and blank all mean "not given". */
    Optional<String> optionalString(String name) {
        Object value = input.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new ToolFailure("argument '" + name + "' must be a string");
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** An integer argument; integral numbers and numeric strings ("5") are accepted. */
    int integer(String name, int defaultValue) {
        Object value = input.get(name);
        return switch (value) {
            case null -> defaultValue;
            case Number n when isWhole(n) -> clamp(name, n.doubleValue());
            case String s when s.strip().matches("-?\\d{1,9}") -> Integer.parseInt(s.strip());
            default -> throw new ToolFailure("argument '" + name + "' must be an integer");
        };
    }

    private static boolean isWhole(Number n) {
        return new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0;
    }

    private static int clamp(String name, double value) {
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new ToolFailure("argument '" + name + "' is out of range");
        }
        return (int) value;
    }
}
