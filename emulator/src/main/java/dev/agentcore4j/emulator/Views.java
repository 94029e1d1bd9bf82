package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.emulator.Records.Endpoint;
import dev.agentcore4j.emulator.Records.Runtime;
import dev.agentcore4j.emulator.Records.Status;
import dev.agentcore4j.emulator.Records.Version;

/** The response shapes of the control plane, rendered from the registry's rows. */
final class Views {

    private final Ids ids;

    Views(Ids ids) {
        this.ids = ids;
    }

    ObjectNode runtime(Runtime runtime, Version version) {
        ObjectNode out = version.spec().deepCopy();
        out.put("agentRuntimeArn", runtime.arn())
                .put("agentRuntimeName", runtime.name())
                .put("agentRuntimeId", runtime.id())
                .put("agentRuntimeVersion", Integer.toString(version.version()))
                .put("createdAt", runtime.createdAt().toString())
                .put("lastUpdatedAt", version.lastUpdatedAt().toString())
                .put("status", version.status().name());
        version.failureReason().ifPresent(reason -> out.put("failureReason", reason));
        out.set("workloadIdentityDetails", workloadIdentity(runtime));
        return out;
    }

    ObjectNode summary(Runtime runtime, Version version) {
        ObjectNode out = Json.object()
                .put("agentRuntimeArn", runtime.arn())
                .put("agentRuntimeId", runtime.id())
                .put("agentRuntimeVersion", Integer.toString(version.version()))
                .put("agentRuntimeName", runtime.name())
                .put("description", version.spec().path("description").asText(""))
                .put("lastUpdatedAt", version.lastUpdatedAt().toString())
                .put("status", version.status().name());
        return out;
    }

    /** The short answer of Create and Update (202). */
    ObjectNode accepted(Runtime runtime, Version version) {
        ObjectNode out = Json.object()
                .put("agentRuntimeArn", runtime.arn())
                .put("agentRuntimeId", runtime.id())
                .put("agentRuntimeVersion", Integer.toString(version.version()))
                .put("createdAt", runtime.createdAt().toString())
                .put("lastUpdatedAt", version.lastUpdatedAt().toString())
                .put("status", version.status().name());
        out.set("workloadIdentityDetails", workloadIdentity(runtime));
        return out;
    }

    ObjectNode endpoint(Runtime runtime, Endpoint endpoint) {
        ObjectNode out = Json.object()
                .put("name", endpoint.name())
                .put("id", endpoint.id())
                .put("agentRuntimeEndpointArn", endpoint.arn())
                .put("agentRuntimeArn", runtime.arn())
                .put("status", endpoint.status().name())
                .put("createdAt", endpoint.createdAt().toString())
                .put("lastUpdatedAt", endpoint.lastUpdatedAt().toString())
                .put("targetVersion", Integer.toString(endpoint.targetVersion()));
        if (endpoint.status() != Status.CREATING) {
            out.put("liveVersion", Integer.toString(endpoint.liveVersion()));
        }
        endpoint.description().ifPresent(d -> out.put("description", d));
        return out;
    }

    private ObjectNode workloadIdentity(Runtime runtime) {
        return Json.object().put("workloadIdentityArn", ids.workloadIdentityArn(runtime.id()));
    }
}
