package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A CreateEvent request, checked as the service checks it. */
record EventInputs(String actorId, Optional<String> sessionId, Instant eventTimestamp, ObjectNode body,
        Optional<String> branchName, Optional<String> rootEventId, Optional<String> clientToken, String requestHash) {

    static EventInputs read(ObjectNode request) {
        Checks checks = new Checks();
        Optional<String> actorId = checks.required(request, "actorId", "actorId", Constraints.ACTOR_ID, 1,
                Constraints.ACTOR_ID_MAX);
        Optional<String> sessionId = checks.optional(request, "sessionId", "sessionId", Constraints.SESSION_ID, 1,
                Constraints.SESSION_ID_MAX);
        Optional<Instant> timestamp = Json.timestamp(checks, request, "eventTimestamp", "eventTimestamp", true);
        Optional<String> clientToken = checks.optional(request, "clientToken", "clientToken");
        ObjectNode body = Json.object();
        body.set("payload", payload(checks, request));
        Optional<String> branchName = Optional.empty();
        Optional<String> rootEventId = Optional.empty();
        Optional<JsonNode> branch = checks.object(request, "branch", "branch", false);
        if (branch.isPresent()) {
            branchName = checks.required(branch.get(), "name", "branch.name", Constraints.BRANCH_NAME, 1,
                    Constraints.BRANCH_NAME_MAX);
            rootEventId = checks.optional(branch.get(), "rootEventId", "branch.rootEventId", Constraints.EVENT_ID, 1,
                    Integer.MAX_VALUE);
            ObjectNode out = body.putObject("branch");
            rootEventId.ifPresent(r -> out.put("rootEventId", r));
            branchName.ifPresent(n -> out.put("name", n));
        }
        metadata(checks, request, "metadata").ifPresent(m -> body.set("metadata", m));
        checks.check();
        return new EventInputs(actorId.orElseThrow(), sessionId, timestamp.orElseThrow(), body, branchName,
                rootEventId, clientToken, Hashes.withoutClientToken(request));
    }

    private static ArrayNode payload(Checks checks, JsonNode request) {
        ArrayNode out = Json.array();
        List<JsonNode> items = checks.list(request, "payload", "payload", true, 0, Constraints.PAYLOAD_MAX);
        for (int i = 0; i < items.size(); i++) {
            String path = "payload." + (i + 1) + ".member";
            JsonNode item = items.get(i);
            Optional<String> kind = checks.union(item, path, List.of("conversational", "blob"));
            if (kind.isEmpty()) {
                continue;
            }
            if (kind.get().equals("blob")) {
                out.addObject().set("blob", item.get("blob").deepCopy());
                continue;
            }
            String at = path + ".conversational";
            Optional<JsonNode> conversational = checks.object(item, "conversational", at, true);
            if (conversational.isEmpty()) {
                continue;
            }
            Optional<JsonNode> content = checks.object(conversational.get(), "content", at + ".content", true);
            Optional<String> text = content.flatMap(c -> checks.union(c, at + ".content", List.of("text"))
                    .flatMap(k -> checks.required(c, "text", at + ".content.text")));
            text.ifPresent(t -> checks.length(at + ".content.text", t, 1, Constraints.TEXT_MAX, true));
            Optional<String> role = checks.required(conversational.get(), "role", at + ".role");
            role.ifPresent(r -> checks.oneOf(at + ".role", r, Constraints.ROLES));
            if (text.isPresent() && role.isPresent()) {
                ObjectNode message = out.addObject().putObject("conversational");
                message.putObject("content").put("text", text.get());
                message.put("role", role.get());
            }
        }
        return out;
    }

    /** A {@code MetadataMap}: at most 15 keys, each value a {@code stringValue} union. */
    static Optional<ObjectNode> metadata(Checks checks, JsonNode parent, String path) {
        Optional<JsonNode> node = checks.object(parent, "metadata", path, false);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get().size() > Constraints.METADATA_MAX) {
            checks.fail(path, "Value at '" + path + "' failed to satisfy constraint: Member must have length less "
                    + "than or equal to " + Constraints.METADATA_MAX);
        }
        ObjectNode out = Json.object();
        node.get().properties().forEach(e -> {
            checks.string(path, e.getKey(), Constraints.METADATA, 1, Constraints.METADATA_KEY_MAX);
            String at = path + "." + e.getKey();
            metadataValue(checks, e.getValue(), at).ifPresent(v -> out.putObject(e.getKey()).put("stringValue", v));
        });
        return Optional.of(out);
    }

    static Optional<String> metadataValue(Checks checks, JsonNode value, String at) {
        return checks.union(value, at, List.of("stringValue")).flatMap(k -> checks.optional(value, "stringValue",
                at + ".stringValue", Constraints.METADATA, 0, Constraints.METADATA_VALUE_MAX));
    }
}
