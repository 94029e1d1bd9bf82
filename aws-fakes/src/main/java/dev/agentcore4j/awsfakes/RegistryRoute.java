package dev.agentcore4j.awsfakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /v2/<name>/(blobs/uploads/[id] | blobs/<digest> | manifests/<reference>)}; names may hold slashes. */
record RegistryRoute(String name, String kind, String reference) {

    static RegistryRoute parse(String path) {
        if (!path.startsWith("/v2/")) {
            return null;
        }
        String rest = path.substring(4);
        int at = rest.indexOf("/blobs/uploads");
        if (at > 0) {
            String tail = rest.substring(at + "/blobs/uploads".length());
            return new RegistryRoute(rest.substring(0, at), "upload", tail.replaceFirst("^/", ""));
        }
        at = rest.lastIndexOf("/blobs/");
        if (at > 0) {
            return new RegistryRoute(rest.substring(0, at), "blob", rest.substring(at + "/blobs/".length()));
        }
        at = rest.lastIndexOf("/manifests/");
        if (at > 0) {
            return new RegistryRoute(rest.substring(0, at), "manifest", rest.substring(at + "/manifests/".length()));
        }
        return null;
    }

    JsonNode json() {
        ObjectNode node = AwsJsonService.JSON.createObjectNode().put("repository", name);
        if (!reference.isEmpty()) {
            node.put(kind.equals("manifest") ? "reference" : kind.equals("blob") ? "digest" : "upload", reference);
        }
        return node;
    }
}
