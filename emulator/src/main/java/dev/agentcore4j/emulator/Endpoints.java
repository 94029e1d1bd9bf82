package dev.agentcore4j.emulator;

import static dev.agentcore4j.contract.ControlPlaneContract.DEFAULT_ENDPOINT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.contract.AwsErrorType;
import dev.agentcore4j.contract.ControlPlaneContract;
import dev.agentcore4j.emulator.Records.Endpoint;
import dev.agentcore4j.emulator.Records.Runtime;
import dev.agentcore4j.emulator.Records.Status;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The endpoint operations. DEFAULT exists from the start, follows the latest version, and can be
 * neither updated nor deleted (ConflictException); other endpoints pin a version.
 */
final class Endpoints {

    private static final int MAX_ENDPOINTS = 10;

    private final Store store;
    private final ControlPlane runtimes;
    private final Views views;
    private final Settler settler;

    Endpoints(Store store, ControlPlane runtimes, Ids ids, Settler settler) {
        this.store = store;
        this.runtimes = runtimes;
        this.views = new Views(ids);
        this.settler = settler;
    }

    /** {@code PUT /runtimes/{id}/runtime-endpoints/} → 202 CREATING. */
    Answer create(String runtimeId, ObjectNode body) {
        Validator v = new Validator();
        String name = v.required(body, "name", "name").orElse("");
        if (body.hasNonNull("name")) {
            v.pattern("name", name, ControlPlaneContract.NAME_PATTERN);
        }
        Optional<String> description = description(v, body);
        Optional<String> requested = versionMember(v, body);
        v.check();
        Endpoint endpoint;
        Runtime runtime;
        synchronized (runtimes) {
            runtime = runtimes.runtime(runtimeId);
            if (store.endpoint(runtimeId, name).isPresent()) {
                throw TwinException.conflict("Endpoint '" + name + "' already exists on agent runtime " + runtimeId);
            }
            if (store.endpoints(runtimeId).size() >= MAX_ENDPOINTS) {
                throw TwinException.of(AwsErrorType.SERVICE_QUOTA_EXCEEDED, "An agent runtime can have at most "
                        + MAX_ENDPOINTS + " endpoints: delete one first");
            }
            int version = existingVersion(runtime, requested);
            Instant now = Ids.now();
            endpoint = new Endpoint(runtimeId, name, Ids.idFor(name), Ids.endpointArn(runtime.arn(), name), version,
                    version, Status.CREATING, description, now, now);
            store.putEndpoint(endpoint);
        }
        settler.settleLater();
        ObjectNode view = views.endpoint(runtime, endpoint);
        ObjectNode out = Json.object().put("targetVersion", view.get("targetVersion").asText())
                .put("agentRuntimeEndpointArn", endpoint.arn()).put("agentRuntimeArn", runtime.arn())
                .put("status", endpoint.status().name()).put("createdAt", endpoint.createdAt().toString())
                .put("agentRuntimeId", runtimeId).put("endpointName", name);
        return Answer.accepted(out);
    }

    Answer get(String runtimeId, String name) {
        Runtime runtime = runtimes.runtime(runtimeId);
        return Answer.ok(views.endpoint(runtime, endpoint(runtimeId, name)));
    }

    /** {@code PUT /runtimes/{id}/runtime-endpoints/{name}/} → 202 UPDATING, then READY on the new version. */
    Answer update(String runtimeId, String name, ObjectNode body) {
        Validator v = new Validator();
        Optional<String> description = description(v, body);
        Optional<String> requested = versionMember(v, body);
        v.check();
        Runtime runtime;
        Endpoint updated;
        synchronized (runtimes) {
            runtime = runtimes.runtime(runtimeId);
            Endpoint current = endpoint(runtimeId, name);
            if (name.equals(DEFAULT_ENDPOINT)) {
                throw TwinException.conflict("The DEFAULT endpoint always serves the latest version and cannot be "
                        + "updated: create a named endpoint to pin a version");
            }
            int version = existingVersion(runtime, requested);
            updated = new Endpoint(runtimeId, name, current.id(), current.arn(), current.liveVersion(), version,
                    Status.UPDATING, description.or(current::description), current.createdAt(), Ids.now());
            store.putEndpoint(updated);
        }
        settler.settleLater();
        ObjectNode view = views.endpoint(runtime, updated);
        view.remove(List.of("name", "id", "description"));
        return Answer.accepted(view);
    }

    Answer delete(String runtimeId, String name) {
        synchronized (runtimes) {
            runtimes.runtime(runtimeId);
            endpoint(runtimeId, name);
            if (name.equals(DEFAULT_ENDPOINT)) {
                throw TwinException.conflict("The DEFAULT endpoint is deleted together with its agent runtime: "
                        + "delete the runtime instead");
            }
            store.deleteEndpoint(runtimeId, name);
        }
        return Answer.accepted(Json.object().put("status", Status.DELETING.name())
                .put("agentRuntimeId", runtimeId).put("endpointName", name));
    }

    Answer list(String runtimeId, Map<String, String> query) {
        Runtime runtime = runtimes.runtime(runtimeId);
        List<ObjectNode> all = store.endpoints(runtimeId).stream().map(e -> views.endpoint(runtime, e)).toList();
        return Answer.ok(ControlPlane.page("runtimeEndpoints", Paging.of(all, query)));
    }

    private Endpoint endpoint(String runtimeId, String name) {
        return store.endpoint(runtimeId, name).orElseThrow(() -> TwinException.notFound(
                "No endpoint named '" + name + "' on agent runtime " + runtimeId));
    }

    private int existingVersion(Runtime runtime, Optional<String> requested) {
        int version = requested.map(Integer::parseInt).orElse(runtime.latestVersion());
        if (store.version(runtime.id(), version).isEmpty()) {
            throw TwinException.validation("agentRuntimeVersion", "Version " + version
                    + " does not exist on agent runtime " + runtime.id() + ": see ListAgentRuntimeVersions");
        }
        return version;
    }

    private static Optional<String> description(Validator v, ObjectNode body) {
        Optional<String> description = v.optional(body, "description", "description");
        description.ifPresent(d -> v.length("description", d, 1, ControlPlaneContract.ENDPOINT_DESCRIPTION_MAX, true));
        return description;
    }

    private static Optional<String> versionMember(Validator v, ObjectNode body) {
        Optional<String> version = v.optional(body, "agentRuntimeVersion", "agentRuntimeVersion");
        version.ifPresent(n -> v.pattern("agentRuntimeVersion", n, ControlPlaneContract.VERSION_PATTERN));
        return version;
    }
}
