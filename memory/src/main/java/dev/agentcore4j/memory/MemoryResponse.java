package dev.agentcore4j.memory;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a {@link MemoryRequest}: a status, a JSON body and, for errors, the AWS exception
 * shape to send as {@code x-amzn-ErrorType}.
 *
 * @param errorType e.g. {@code ValidationException}; empty for a success
 * @param body {@code application/json}
 */
public record MemoryResponse(int status, Optional<String> errorType, byte[] body) {

    public MemoryResponse {
        Objects.requireNonNull(errorType, "errorType");
        Objects.requireNonNull(body, "body");
    }
}
