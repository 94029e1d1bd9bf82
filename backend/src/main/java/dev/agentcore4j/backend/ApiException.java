package dev.agentcore4j.backend;

import java.util.Objects;

/**
 * What a client sees when a request fails: an HTTP status, a stable code and a message that says
 * what was wrong and how to fix it. The one exception of this module; {@link Exchanges#error}
 * turns it into {@code {"error": {"code", "message"}}}.
 */
final class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
    }

    static ApiException invalid(String message) {
        return new ApiException(400, "invalid_request", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    static ApiException upstream(String message) {
        return new ApiException(502, "upstream_error", message);
    }

    static ApiException unavailable(String message) {
        return new ApiException(503, "upstream_unavailable", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
