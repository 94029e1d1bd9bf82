package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A memory as the wire shows it ({@code Memory}, {@code MemorySummary}), and as the store keeps it:
 * the wire shape plus the members only the service sees (tags, idempotency, pending transitions).
 */
final class MemoryDocs {

    private MemoryDocs() {
    }

    /** The {@code Memory} structure of CreateMemory, GetMemory and UpdateMemory. */
    static ObjectNode wire(Memory m) {
        ObjectNode out = Json.object().put("arn", m.arn()).put("id", m.id()).put("name", m.name());
        m.description().ifPresent(d -> out.put("description", d));
        m.encryptionKeyArn().ifPresent(a -> out.put("encryptionKeyArn", a));
        m.executionRoleArn().ifPresent(a -> out.put("memoryExecutionRoleArn", a));
        out.put("eventExpiryDuration", m.eventExpiryDays()).put("status", m.status().name());
        m.failureReason().ifPresent(r -> out.put("failureReason", r));
        out.put("createdAt", Json.timestamp(m.createdAt())).put("updatedAt", Json.timestamp(m.updatedAt()));
        ArrayNode strategies = out.putArray("strategies");
        m.strategies().forEach(s -> strategies.add(wire(s)));
        return out;
    }

    static ObjectNode summary(Memory m) {
        return Json.object().put("arn", m.arn()).put("id", m.id()).put("status", m.status().name())
                .put("createdAt", Json.timestamp(m.createdAt())).put("updatedAt", Json.timestamp(m.updatedAt()));
    }

    static ObjectNode wire(Strategy s) {
        ObjectNode out = Json.object().put("strategyId", s.id()).put("name", s.name());
        s.description().ifPresent(d -> out.put("description", d));
        if (!s.configuration().isEmpty()) {
            out.set("configuration", s.configuration().deepCopy());
        }
        out.put("type", s.type().name());
        ArrayNode namespaces = out.putArray("namespaces");
        s.namespaces().forEach(namespaces::add);
        out.put("createdAt", Json.timestamp(s.createdAt())).put("updatedAt", Json.timestamp(s.updatedAt()))
                .put("status", s.status().name());
        return out;
    }

    static String stored(Memory m) {
        ObjectNode doc = wire(m);
        ObjectNode tags = doc.putObject("_tags");
        m.tags().forEach(tags::put);
        m.clientToken().ifPresent(t -> doc.put("_clientToken", t));
        doc.put("_requestHash", m.requestHash());
        m.settleAt().ifPresent(at -> doc.put("_settleAt", at.toEpochMilli()));
        return Json.write(doc);
    }

    static Memory read(String text) {
        ObjectNode doc = Json.parseStored(text);
        List<Strategy> strategies = new ArrayList<>();
        doc.path("strategies").forEach(s -> strategies.add(readStrategy(s)));
        Map<String, String> tags = new LinkedHashMap<>();
        doc.path("_tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText()));
        return new Memory(doc.path("id").asText(), doc.path("name").asText(), doc.path("arn").asText(),
                text(doc, "description"), text(doc, "encryptionKeyArn"), text(doc, "memoryExecutionRoleArn"),
                doc.path("eventExpiryDuration").asInt(), Status.valueOf(doc.path("status").asText()),
                text(doc, "failureReason"), instant(doc.path("createdAt")), instant(doc.path("updatedAt")),
                strategies, tags, text(doc, "_clientToken"), doc.path("_requestHash").asText(""),
                doc.has("_settleAt") ? Optional.of(Instant.ofEpochMilli(doc.path("_settleAt").asLong()))
                        : Optional.empty());
    }

    private static Strategy readStrategy(JsonNode s) {
        List<String> namespaces = new ArrayList<>();
        s.path("namespaces").forEach(n -> namespaces.add(n.asText()));
        ObjectNode configuration = s.path("configuration") instanceof ObjectNode c ? c : Json.object();
        return new Strategy(s.path("strategyId").asText(), s.path("name").asText(), text(s, "description"),
                StrategyType.valueOf(s.path("type").asText()), namespaces, configuration,
                Status.valueOf(s.path("status").asText()), instant(s.path("createdAt")), instant(s.path("updatedAt")));
    }

    private static Optional<String> text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Instant instant(JsonNode seconds) {
        return Instant.ofEpochMilli(seconds.decimalValue().movePointRight(3).longValue());
    }
}
