package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The registry's rows: runtimes, their immutable versions, their endpoints. */
final class Records {

    private Records() {
    }

    /** Runtime and endpoint statuses, as on the wire. */
    enum Status { CREATING, CREATE_FAILED, UPDATING, UPDATE_FAILED, READY, DELETING }

    record Runtime(String id, String name, String arn, Instant createdAt, int latestVersion) {
        Runtime {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(arn, "arn");
            Objects.requireNonNull(createdAt, "createdAt");
        }

        Runtime withLatestVersion(int version) {
            return new Runtime(id, name, arn, createdAt, version);
        }
    }

    /**
     * @param spec the version's configuration members exactly as the caller set them (artifact,
     *     role, network, lifecycle with defaults filled, headers, environment, ...)
     */
    record Version(String runtimeId, int version, Status status, Optional<String> failureReason,
            Instant createdAt, Instant lastUpdatedAt, ObjectNode spec) {
        Version {
            Objects.requireNonNull(runtimeId, "runtimeId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(failureReason, "failureReason");
            Objects.requireNonNull(spec, "spec");
        }

        String containerUri() {
            return spec.path("agentRuntimeArtifact").path("containerConfiguration").path("containerUri").asText("");
        }
    }

    record Endpoint(String runtimeId, String name, String id, String arn, int liveVersion, int targetVersion,
            Status status, Optional<String> description, Instant createdAt, Instant lastUpdatedAt) {
        Endpoint {
            Objects.requireNonNull(runtimeId, "runtimeId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }

        Endpoint pointingAt(int version, Status status, Instant now) {
            return new Endpoint(runtimeId, name, id, arn, version, version, status, description, createdAt, now);
        }
    }
}
