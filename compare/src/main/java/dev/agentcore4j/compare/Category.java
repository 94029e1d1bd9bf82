package dev.agentcore4j.compare;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The seed's benchmark categories, in report order. */
public enum Category {
    BASIC, MEMORY, TOOL_USE, MULTI_TOOL, ERROR_HANDLING;

    /** The name used in scenario files, JSON and reports: {@code tool_use}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, naming the valid ones when it is unknown. */
    public static Category of(String wire) {
        for (Category category : values()) {
            if (category.wire().equals(wire)) {
                return category;
            }
        }
        throw new CompareException("unknown category '" + wire + "'; use one of "
                + Arrays.stream(values()).map(Category::wire).collect(Collectors.joining(", ")));
    }
}
