package dev.agentcore4j.emulator;

import dev.agentcore4j.contract.AwsErrorType;
import dev.agentcore4j.memory.FieldError;
import java.util.List;
import java.util.Objects;

/**
 * What the twin answers a caller when a request fails on purpose: an AWS exception shape, its
 * message and, for validation, the reason and the offending fields. Anything else thrown inside the
 * twin is logged and answered as a generic {@code InternalServerException}.
 */
final class TwinException extends RuntimeException {

    private final AwsErrorType type;
    private final String reason;
    private final List<FieldError> fields;

    private TwinException(AwsErrorType type, String message, String reason, List<FieldError> fields) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.type = type;
        this.reason = reason;
        this.fields = List.copyOf(fields);
    }

    static TwinException of(AwsErrorType type, String message) {
        return new TwinException(type, message, "", List.of());
    }

    static TwinException notFound(String message) {
        return of(AwsErrorType.RESOURCE_NOT_FOUND, message);
    }

    static TwinException conflict(String message) {
        return of(AwsErrorType.CONFLICT, message);
    }

    static TwinException runtimeClientError(String message) {
        return of(AwsErrorType.RUNTIME_CLIENT_ERROR, message);
    }

    /** A {@code ValidationException} with reason {@code FieldValidationFailed}, worded like AWS. */
    static TwinException validation(List<FieldError> fields) {
        return new TwinException(AwsErrorType.VALIDATION, FieldError.summary(fields), "FieldValidationFailed", fields);
    }

    static TwinException validation(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    /** A body that is not JSON: reason {@code CannotParse}. */
    static TwinException cannotParse(String message) {
        return new TwinException(AwsErrorType.VALIDATION, message, "CannotParse", List.of());
    }

    AwsErrorType type() {
        return type;
    }

    /** Empty unless this is a {@code ValidationException}. */
    String reason() {
        return reason;
    }

    List<FieldError> fields() {
        return fields;
    }
}
