package dev.agentcore4j.memory;

import java.util.List;
import java.util.Objects;

/** One entry of a {@code ValidationException}'s {@code fieldList}: the member's path and what is wrong with it. */
public record FieldError(String name, String message) {

    public FieldError {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(message, "message");
    }

    /** The exception message AWS's validation layer gives for these errors: "2 validation errors detected: a; b". */
    public static String summary(List<FieldError> errors) {
        String count = errors.size() == 1 ? "1 validation error detected: "
                : errors.size() + " validation errors detected: ";
        return count + String.join("; ", errors.stream().map(FieldError::message).toList());
    }
}
