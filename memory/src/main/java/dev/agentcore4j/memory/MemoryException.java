package dev.agentcore4j.memory;

import java.util.List;
import java.util.Objects;

/**
 * A request that fails on purpose: the AWS exception shape the caller gets, its message and, for a
 * {@code ValidationException}, the reason and the offending fields. Anything else thrown inside the
 * service is logged and answered as a generic {@code ServiceException}.
 */
final class MemoryException extends RuntimeException {

    /** The exception shapes of AgentCore Memory (both planes) and their HTTP status codes. */
    enum Shape {
        VALIDATION("ValidationException", 400),
        INVALID_INPUT("InvalidInputException", 400),
        SERVICE_QUOTA_EXCEEDED("ServiceQuotaExceededException", 402),
        ACCESS_DENIED("AccessDeniedException", 403),
        RESOURCE_NOT_FOUND("ResourceNotFoundException", 404),
        CONFLICT("ConflictException", 409),
        THROTTLED("ThrottledException", 429),
        SERVICE("ServiceException", 500);

        final String wireName;
        final int status;

        Shape(String wireName, int status) {
            this.wireName = wireName;
            this.status = status;
        }
    }

    private final Shape shape;
    private final String reason;
    private final List<FieldError> fields;

    private MemoryException(Shape shape, String message, String reason, List<FieldError> fields) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.shape = shape;
        this.reason = reason;
        this.fields = List.copyOf(fields);
    }

    static MemoryException of(Shape shape, String message) {
        return new MemoryException(shape, message, "", List.of());
    }

    static MemoryException notFound(String message) {
        return of(Shape.RESOURCE_NOT_FOUND, message);
    }

    static MemoryException conflict(String message) {
        return of(Shape.CONFLICT, message);
    }

    /** A {@code ValidationException} with reason {@code FieldValidationFailed}, worded like AWS. */
    static MemoryException validation(List<FieldError> fields) {
        return new MemoryException(Shape.VALIDATION, FieldError.summary(fields), "FieldValidationFailed", fields);
    }

    static MemoryException validation(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    /** A {@code ValidationException} with another reason: {@code CannotParse}, {@code EventInOtherSession}, ... */
    static MemoryException validationReason(String reason, String message) {
        return new MemoryException(Shape.VALIDATION, message, reason, List.of());
    }

    /** The same client token came back with a different request. */
    static MemoryException idempotencyMismatch(String what) {
        return validationReason("IdempotentParameterMismatchException", "The clientToken was already used for "
                + "a different " + what + " request: send a new clientToken, or repeat the original request exactly");
    }

    Shape shape() {
        return shape;
    }

    /** Empty unless this is a {@code ValidationException}. */
    String reason() {
        return reason;
    }

    List<FieldError> fields() {
        return fields;
    }
}
