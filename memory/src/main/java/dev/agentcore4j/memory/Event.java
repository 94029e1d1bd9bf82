package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One short-term memory event.
 *
 * @param seq the order of arrival in this store (breaks ties between equal timestamps)
 * @param createdAt when it arrived; the memory's {@code eventExpiryDuration} counts from here
 * @param body {@code payload}, and {@code branch} and {@code metadata} when the caller set them, as sent
 * @param requestHash what the request looked like, to tell a retry from a reuse of {@code clientToken}
 */
record Event(String memoryId, String eventId, String actorId, String sessionId, Instant eventTimestamp, long seq,
        Instant createdAt, Optional<String> branchName, Optional<String> rootEventId, Optional<String> clientToken,
        String requestHash, ObjectNode body) {

    /** Events without a branch are on this one. */
    static final String MAIN_BRANCH = "main";

    Event {
        Objects.requireNonNull(memoryId, "memoryId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(branchName, "branchName");
        Objects.requireNonNull(rootEventId, "rootEventId");
        Objects.requireNonNull(clientToken, "clientToken");
        Objects.requireNonNull(body, "body");
    }

    String branch() {
        return branchName.orElse(MAIN_BRANCH);
    }

    /** The {@code Event} structure; without payloads when ListEvents asked for none. */
    ObjectNode wire(boolean payloads) {
        ObjectNode out = Json.object().put("memoryId", memoryId).put("actorId", actorId).put("sessionId", sessionId)
                .put("eventId", eventId).put("eventTimestamp", Json.timestamp(eventTimestamp));
        out.set("payload", payloads ? body.path("payload").deepCopy() : Json.array());
        if (body.has("branch")) {
            out.set("branch", body.get("branch").deepCopy());
        }
        if (body.has("metadata")) {
            out.set("metadata", body.get("metadata").deepCopy());
        }
        return out;
    }

    ArrayNode payload() {
        return body.path("payload") instanceof ArrayNode a ? a : Json.array();
    }
}
