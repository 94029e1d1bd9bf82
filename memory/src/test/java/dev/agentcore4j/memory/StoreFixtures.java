package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rows for the store tests. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    static Memory memory(String name, Optional<String> clientToken) {
        String id = name + "-0123456789";
        Instant t = StoreContract.T0;
        Strategy strategy = new Strategy("facts-0123456789", "facts", Optional.of("what the user said"),
                StrategyType.SEMANTIC, List.of("/facts/{actorId}"), Json.object(), Status.ACTIVE, t, t);
        return new Memory(id, name, "arn:aws:bedrock-agentcore:us-east-1:123456789012:memory/" + id,
                Optional.of("a memory"), Optional.empty(), Optional.empty(), 30, Status.CREATING, Optional.empty(),
                t, t, List.of(strategy), Map.of("team", "a"), clientToken, "hash-" + name, Optional.of(t.plusSeconds(1)));
    }

    static Event event(String memoryId, String actorId, String sessionId, long seq, Instant eventTimestamp) {
        return event(memoryId, actorId, sessionId, seq, eventTimestamp, StoreContract.T0.plusMillis(seq));
    }

    static Event event(String memoryId, String actorId, String sessionId, long seq, Instant eventTimestamp,
            Instant createdAt) {
        ObjectNode body = Json.object();
        body.putArray("payload").addObject().putObject("conversational").put("role", "USER")
                .putObject("content").put("text", "message " + seq);
        return new Event(memoryId, Ids.eventId(eventTimestamp), actorId, sessionId, eventTimestamp, seq, createdAt,
                Optional.empty(), Optional.empty(), Optional.of("token-" + seq + "-" + sessionId), "hash", body);
    }

    static MemoryRecord record(String memoryId, String namespace, String strategyId, String text, Instant createdAt) {
        byte[] embedding = new byte[16];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = (byte) (text.hashCode() >> i);
        }
        ObjectNode metadata = Json.object();
        metadata.putObject("source").put("stringValue", "test");
        return new MemoryRecord(memoryId, Ids.recordId(), strategyId, namespace, text, createdAt, createdAt, metadata,
                embedding);
    }
}
