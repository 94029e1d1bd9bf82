package dev.agentcore4j.memory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One memory resource.
 *
 * @param clientToken the CreateMemory idempotency token, with {@code requestHash} the request it came with
 * @param settleAt when pending status transitions (CREATING → ACTIVE, DELETING → gone, strategies
 *     alike) are due on the service's clock
 */
record Memory(String id, String name, String arn, Optional<String> description, Optional<String> encryptionKeyArn,
        Optional<String> executionRoleArn, int eventExpiryDays, Status status, Optional<String> failureReason,
        Instant createdAt, Instant updatedAt, List<Strategy> strategies, Map<String, String> tags,
        Optional<String> clientToken, String requestHash, Optional<Instant> settleAt) {

    Memory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(encryptionKeyArn, "encryptionKeyArn");
        Objects.requireNonNull(executionRoleArn, "executionRoleArn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(failureReason, "failureReason");
        strategies = List.copyOf(strategies);
        tags = Map.copyOf(tags);
        Objects.requireNonNull(clientToken, "clientToken");
        Objects.requireNonNull(requestHash, "requestHash");
        Objects.requireNonNull(settleAt, "settleAt");
    }

    Memory withStatus(Status status, Instant now, Optional<Instant> settleAt) {
        return new Memory(id, name, arn, description, encryptionKeyArn, executionRoleArn, eventExpiryDays, status,
                failureReason, createdAt, now, strategies, tags, clientToken, requestHash, settleAt);
    }

    Memory withStrategies(List<Strategy> strategies, Instant now, Optional<Instant> settleAt) {
        return new Memory(id, name, arn, description, encryptionKeyArn, executionRoleArn, eventExpiryDays, status,
                failureReason, createdAt, now, strategies, tags, clientToken, requestHash, settleAt);
    }

    Memory withSettings(Optional<String> description, Optional<String> executionRoleArn, int eventExpiryDays) {
        return new Memory(id, name, arn, description, encryptionKeyArn, executionRoleArn, eventExpiryDays, status,
                failureReason, createdAt, updatedAt, strategies, tags, clientToken, requestHash, settleAt);
    }

    Optional<Strategy> strategy(String strategyId) {
        return strategies.stream().filter(s -> s.id().equals(strategyId)).findFirst();
    }
}
