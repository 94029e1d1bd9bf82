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
 * The control plane of AgentCore Memory ({@code bedrock-agentcore-control}): CreateMemory,
 * GetMemory, ListMemories, UpdateMemory, DeleteMemory.
 */
final class Memories {

    private final MemoryStore store;
    private final Lifecycle lifecycle;
    private final Ids ids;
    private final int maxMemories;

    Memories(MemoryStore store, Lifecycle lifecycle, Ids ids, int maxMemories) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.ids = ids;
        this.maxMemories = maxMemories;
    }

    /** {@code POST /memories/create} → 202, status CREATING. */
    Reply create(ObjectNode body) {
        Checks checks = new Checks();
        Optional<String> clientToken = clientToken(checks, body);
        Optional<String> name = checks.required(body, "name", "name", Constraints.NAME, 1, 48);
        Optional<String> description = description(checks, body);
        Optional<String> keyArn = checks.optional(body, "encryptionKeyArn", "encryptionKeyArn", Constraints.ARN, 1, 2048);
        Optional<String> roleArn = checks.optional(body, "memoryExecutionRoleArn", "memoryExecutionRoleArn",
                Constraints.ARN, 1, 2048);
        if (body.path("eventExpiryDuration").isMissingNode() || body.path("eventExpiryDuration").isNull()) {
            checks.missing("eventExpiryDuration");
        }
        Optional<Integer> expiry = expiry(checks, body);
        Instant now = lifecycle.now();
        List<Strategy> strategies = new ArrayList<>();
        List<JsonNode> inputs = checks.list(body, "memoryStrategies", "memoryStrategies", false, 0, Integer.MAX_VALUE);
        for (int i = 0; i < inputs.size(); i++) {
            StrategyInputs.create(checks, inputs.get(i), "memoryStrategies." + (i + 1) + ".member", now)
                    .ifPresent(strategies::add);
        }
        Map<String, String> tags = tags(checks, body);
        checks.check();
        strategyRules(strategies, roleArn);
        String hash = Hashes.withoutClientToken(body);
        return lifecycle.change(() -> {
            if (clientToken.isPresent()) {
                Optional<Memory> earlier = store.memoryByClientToken(clientToken.get());
                if (earlier.isPresent()) {
                    if (!earlier.get().requestHash().equals(hash)) {
                        throw MemoryException.idempotencyMismatch("CreateMemory");
                    }
                    return Reply.accepted(memoryReply(lifecycle.current(earlier.get().id()).orElse(earlier.get())));
                }
            }
            if (store.memoryByName(name.orElseThrow()).isPresent()) {
                throw MemoryException.conflict("A memory named '" + name.get() + "' already exists: "
                        + "choose another name, or delete the existing memory first");
            }
            if (store.memories().size() >= maxMemories) {
                throw MemoryException.of(MemoryException.Shape.SERVICE_QUOTA_EXCEEDED, "This account already has "
                        + maxMemories + " memories, the most allowed: delete one before creating another");
            }
            String id = Ids.suffixed(name.get());
            Memory memory = new Memory(id, name.get(), ids.memoryArn(id), description, keyArn, roleArn,
                    expiry.orElseThrow(), Status.CREATING, Optional.empty(), now, now, strategies, tags, clientToken,
                    hash, lifecycle.dueFromNow());
            lifecycle.save(memory);
            return Reply.accepted(memoryReply(memory));
        });
    }

    /** {@code GET /memories/{memoryId}/details}. */
    Reply get(String memoryId) {
        return Reply.ok(memoryReply(existing(memoryId)));
    }

    /** {@code POST /memories/}: every memory, oldest first. */
    Reply list(ObjectNode body) {
        Checks checks = new Checks();
        Paging paging = Paging.of(checks, body, "ListMemories", Constraints.MAX_RESULTS_MAX, Constraints.MAX_RESULTS_MAX);
        checks.check();
        Paging.Page<Memory> page = paging.page(lifecycle.all());
        ObjectNode out = Json.object();
        ArrayNode memories = out.putArray("memories");
        page.items().forEach(m -> memories.add(MemoryDocs.summary(m)));
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return Reply.ok(out);
    }

    /** {@code PUT /memories/{memoryId}/update} → 202: settings, and strategies added, modified or deleted. */
    Reply update(String memoryId, ObjectNode body) {
        Checks checks = new Checks();
        clientToken(checks, body);
        Optional<String> description = description(checks, body);
        Optional<Integer> expiry = expiry(checks, body);
        Optional<String> roleArn = checks.optional(body, "memoryExecutionRoleArn", "memoryExecutionRoleArn",
                Constraints.ARN, 1, 2048);
        Optional<JsonNode> changes = checks.object(body, "memoryStrategies", "memoryStrategies", false);
        checks.check();
        return lifecycle.change(() -> {
            Memory memory = existing(memoryId);
            if (memory.status() != Status.ACTIVE) {
                throw MemoryException.conflict("Memory " + memoryId + " is " + memory.status()
                        + ": it can be updated once it is ACTIVE");
            }
            Instant now = lifecycle.now();
            Memory next = memory.withSettings(description.or(memory::description), roleArn.or(memory::executionRoleArn),
                    expiry.orElse(memory.eventExpiryDays()));
            if (changes.isPresent()) {
                List<Strategy> strategies = StrategyChanges.apply(checks, changes.get(), memory.strategies(), now);
                checks.check();
                strategyRules(strategies.stream().filter(s -> s.status() != Status.DELETING).toList(),
                        next.executionRoleArn());
                boolean pending = strategies.stream().anyMatch(s -> s.status() != Status.ACTIVE);
                next = next.withStrategies(strategies, now, pending ? lifecycle.dueFromNow() : memory.settleAt());
            } else {
                next = next.withStrategies(next.strategies(), now, memory.settleAt());
            }
            lifecycle.save(next);
            return Reply.accepted(memoryReply(next));
        });
    }

    /** {@code DELETE /memories/{memoryId}/delete} → 202 DELETING; it is gone with its data after the status delay. */
    Reply delete(String memoryId, Map<String, String> query) {
        Checks checks = new Checks();
        Optional.ofNullable(query.get("clientToken"))
                .ifPresent(t -> checks.length("clientToken", t, 1, Constraints.CLIENT_TOKEN_MAX, false));
        checks.check();
        return lifecycle.change(() -> {
            Memory memory = existing(memoryId);
            if (memory.status() != Status.DELETING) {
                memory = memory.withStatus(Status.DELETING, lifecycle.now(), lifecycle.dueFromNow());
                lifecycle.save(memory);
            }
            return Reply.accepted(Json.object().put("memoryId", memory.id()).put("status", Status.DELETING.name()));
        });
    }

    /** The memory, or ResourceNotFoundException; the id is checked against its pattern first. */
    Memory existing(String memoryId) {
        Labels.memoryId(memoryId);
        return lifecycle.current(memoryId).orElseThrow(() -> MemoryException.notFound("Memory " + memoryId
                + " does not exist: list the memories with ListMemories"));
    }

    /**
     * The memory a data-plane call works on: it must exist and be ACTIVE (a deleted one is not found,
     * one still CREATING is a ValidationException that says to wait).
     */
    Memory active(String memoryId) {
        Memory memory = existing(memoryId);
        return switch (memory.status()) {
            case ACTIVE -> memory;
            case DELETING -> throw MemoryException.notFound("Memory " + memoryId + " is being deleted");
            default -> throw MemoryException.validation("memoryId", "Memory " + memoryId + " is "
                    + memory.status() + ", not ACTIVE: wait until GetMemory reports ACTIVE");
        };
    }

    private static ObjectNode memoryReply(Memory memory) {
        ObjectNode out = Json.object();
        out.set("memory", MemoryDocs.wire(memory));
        return out;
    }

    private static Optional<String> clientToken(Checks checks, JsonNode body) {
        Optional<String> token = checks.optional(body, "clientToken", "clientToken");
        token.ifPresent(t -> checks.length("clientToken", t, 1, Constraints.CLIENT_TOKEN_MAX, false));
        return token;
    }

    private static Optional<String> description(Checks checks, JsonNode body) {
        Optional<String> description = checks.optional(body, "description", "description");
        description.ifPresent(d -> checks.length("description", d, 1, Constraints.DESCRIPTION_MAX, true));
        return description;
    }

    private static Optional<Integer> expiry(Checks checks, JsonNode body) {
        return checks.integer(body, "eventExpiryDuration", "eventExpiryDuration", Constraints.EXPIRY_MIN_DAYS,
                Constraints.EXPIRY_MAX_DAYS);
    }

    private static Map<String, String> tags(Checks checks, JsonNode body) {
        Map<String, String> tags = new LinkedHashMap<>();
        Optional<JsonNode> node = checks.object(body, "tags", "tags", false);
        node.ifPresent(t -> {
            if (t.size() > Constraints.TAGS_MAX) {
                checks.fail("tags", "Value at 'tags' failed to satisfy constraint: Member must have length less "
                        + "than or equal to " + Constraints.TAGS_MAX);
            }
            t.properties().forEach(e -> {
                checks.string("tags", e.getKey(), Constraints.TAG, 1, 128);
                if (!e.getValue().isTextual()) {
                    checks.fail("tags." + e.getKey(), "Value at 'tags." + e.getKey()
                            + "' failed to satisfy constraint: Member must be a string");
                    return;
                }
                checks.string("tags." + e.getKey(), e.getValue().asText(), Constraints.TAG, 0, 256);
                tags.put(e.getKey(), e.getValue().asText());
            });
        });
        return tags;
    }

    /** Rules across a memory's strategies: unique names, the quota, a role for overridden prompts. */
    private static void strategyRules(List<Strategy> strategies, Optional<String> roleArn) {
        if (strategies.size() > Constraints.STRATEGIES_MAX) {
            throw MemoryException.of(MemoryException.Shape.SERVICE_QUOTA_EXCEEDED, "A memory can have at most "
                    + Constraints.STRATEGIES_MAX + " memory strategies, got " + strategies.size());
        }
        Checks checks = new Checks();
        List<String> names = new ArrayList<>();
        for (Strategy s : strategies) {
            if (names.contains(s.name())) {
                checks.fail("memoryStrategies", "Memory strategy name '" + s.name() + "' is used twice: "
                        + "each strategy of a memory needs its own name");
            }
            names.add(s.name());
            boolean overridden = s.overrideType().filter(t -> !t.equals("SELF_MANAGED")).isPresent();
            if (overridden && roleArn.isEmpty()) {
                checks.fail("memoryExecutionRoleArn", "Strategy '" + s.name() + "' overrides a built-in strategy's "
                        + "prompts: set memoryExecutionRoleArn, the role the service invokes its model with");
            }
        }
        checks.check();
    }
}
