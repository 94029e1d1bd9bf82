package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.contract.ControlPlaneContract;
import dev.agentcore4j.emulator.Records.Endpoint;
import dev.agentcore4j.emulator.Records.Runtime;
import dev.agentcore4j.emulator.Records.Status;
import dev.agentcore4j.emulator.Records.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The runtime operations of {@code bedrock-agentcore-control}: create, get, update, delete, list. */
final class ControlPlane {

    private final Store store;
    private final Ids ids;
    private final Views views;
    private final Settler settler;
    private final Sessions sessions;
    private final RoleValidation roles;

    ControlPlane(Store store, Ids ids, Settler settler, Sessions sessions, RoleValidation roles) {
        this.store = store;
        this.ids = ids;
        this.views = new Views(ids);
        this.settler = settler;
        this.sessions = sessions;
        this.roles = roles;
    }

    /** {@code PUT /runtimes/} → 202, status CREATING; version 1 and the DEFAULT endpoint come with it. */
    Answer create(ObjectNode body) {
        Validator v = new Validator();
        String name = RuntimeSpecs.validateName(v, body);
        ObjectNode spec = RuntimeSpecs.spec(v, body, false);
        v.check();
        roles.check(spec.path("roleArn").asText());
        Runtime runtime;
        Version first;
        synchronized (this) {
            if (store.nameTaken(name)) {
                throw TwinException.conflict("An agent runtime named '" + name + "' already exists: "
                        + "update it with UpdateAgentRuntime or choose another name");
            }
            Instant now = Ids.now();
            String id = Ids.idFor(name);
            runtime = new Runtime(id, name, ids.runtimeArn(id), now, 1);
            first = new Version(id, 1, Status.CREATING, Optional.empty(), now, now, spec);
            Endpoint defaultEndpoint = new Endpoint(id, ControlPlaneContract.DEFAULT_ENDPOINT,
                    Ids.idFor(ControlPlaneContract.DEFAULT_ENDPOINT),
                    Ids.endpointArn(runtime.arn(), ControlPlaneContract.DEFAULT_ENDPOINT), 1, 1, Status.CREATING,
                    Optional.empty(), now, now);
            store.insertRuntime(runtime, first, defaultEndpoint);
        }
        settler.settleLater();
        ObjectNode out = views.accepted(runtime, first);
        out.remove("lastUpdatedAt");
        return Answer.accepted(out);
    }

    /** {@code GET /runtimes/{id}/?version=N}: the latest version unless one is named. */
    Answer get(String runtimeId, Map<String, String> query) {
        Runtime runtime = runtime(runtimeId);
        int number = runtime.latestVersion();
        String requested = query.get("version");
        if (requested != null) {
            Validator v = new Validator();
            v.pattern("agentRuntimeVersion", requested, ControlPlaneContract.VERSION_PATTERN);
            v.check();
            number = Integer.parseInt(requested);
        }
        int wanted = number;
        Version version = store.version(runtimeId, wanted).orElseThrow(() -> TwinException.notFound(
                "Agent runtime " + runtimeId + " has no version " + wanted));
        return Answer.ok(views.runtime(runtime, version));
    }

    /** {@code PUT /runtimes/{id}/} → 202: a full replacement that becomes a new immutable version. */
    Answer update(String runtimeId, ObjectNode body) {
        Validator v = new Validator();
        ObjectNode spec = RuntimeSpecs.spec(v, body, true);
        v.check();
        runtime(runtimeId);
        roles.check(spec.path("roleArn").asText());
        Runtime next;
        Version version;
        synchronized (this) {
            Runtime runtime = runtime(runtimeId);
            Instant now = Ids.now();
            next = runtime.withLatestVersion(runtime.latestVersion() + 1);
            version = new Version(runtimeId, next.latestVersion(), Status.UPDATING, Optional.empty(), now, now, spec);
            store.addVersion(next, version);
            store.endpoint(runtimeId, ControlPlaneContract.DEFAULT_ENDPOINT).ifPresent(def ->
                    store.putEndpoint(new Endpoint(runtimeId, def.name(), def.id(), def.arn(), def.liveVersion(),
                            version.version(), Status.UPDATING, def.description(), def.createdAt(), now)));
        }
        settler.settleLater();
        return Answer.accepted(views.accepted(next, version));
    }

    /** {@code DELETE /runtimes/{id}/} → 202 DELETING; its sessions stop and it is gone at once. */
    Answer delete(String runtimeId) {
        synchronized (this) {
            runtime(runtimeId);
            store.deleteRuntime(runtimeId);
        }
        sessions.stopRuntime(runtimeId);
        return Answer.accepted(Json.object().put("status", Status.DELETING.name()).put("agentRuntimeId", runtimeId));
    }

    /** {@code POST /runtimes/}: each runtime's latest version. */
    Answer list(Map<String, String> query) {
        List<ObjectNode> all = store.runtimes().stream()
                .flatMap(r -> store.version(r.id(), r.latestVersion()).map(v -> views.summary(r, v)).stream())
                .toList();
        return Answer.ok(page("agentRuntimes", Paging.of(all, query)));
    }

    /** {@code POST /runtimes/{id}/versions/}: newest first. */
    Answer listVersions(String runtimeId, Map<String, String> query) {
        Runtime runtime = runtime(runtimeId);
        List<ObjectNode> all = store.versions(runtimeId).stream().map(v -> views.summary(runtime, v)).toList();
        return Answer.ok(page("agentRuntimes", Paging.of(all, query)));
    }

    Runtime runtime(String runtimeId) {
        return store.runtime(runtimeId).orElseThrow(() -> TwinException.notFound(
                "No agent runtime with id '" + runtimeId + "' exists: list them with ListAgentRuntimes"));
    }

    static ObjectNode page(String key, Paging<ObjectNode> page) {
        ObjectNode out = Json.object();
        ArrayNode items = out.putArray(key);
        page.items().forEach(items::add);
        page.nextToken().ifPresent(token -> out.put("nextToken", token));
        return out;
    }
}
