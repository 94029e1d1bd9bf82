package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.memory.extract.Vectors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BatchCreateMemoryRecords, BatchUpdateMemoryRecords and BatchDeleteMemoryRecords: up to 100 records
 * each. A malformed request fails whole (ValidationException); a record that cannot be written (an
 * unknown record or strategy id) is listed in {@code failedRecords} with an HTTP-style error code.
 */
final class RecordBatches {

    private final MemoryStore store;
    private final Memories memories;
    private final Throttle throttle;
    private final RecordIndex index;
    private final Lifecycle lifecycle;

    RecordBatches(MemoryStore store, Memories memories, Throttle throttle, RecordIndex index, Lifecycle lifecycle) {
        this.store = store;
        this.memories = memories;
        this.throttle = throttle;
        this.index = index;
        this.lifecycle = lifecycle;
    }

    /** {@code POST /memories/{memoryId}/memoryRecords/batchCreate} → 201. */
    Reply create(String memoryId, ObjectNode body) {
        Memory memory = memories.active(memoryId);
        Checks checks = new Checks();
        Optional<String> clientToken = checks.optional(body, "clientToken", "clientToken");
        List<JsonNode> inputs = checks.list(body, "records", "records", true, 0, Constraints.BATCH_MAX);
        List<NewRecord> parsed = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String path = "records." + (i + 1) + ".member";
            JsonNode in = inputs.get(i);
            Optional<String> requestId = checks.required(in, "requestIdentifier", path + ".requestIdentifier",
                    Constraints.REQUEST_IDENTIFIER, 1, Constraints.REQUEST_IDENTIFIER_MAX);
            Optional<String> namespace = RecordInputs.namespaces(checks, in, path + ".namespaces", true);
            Optional<String> text = RecordInputs.content(checks, in, path + ".content", true);
            Optional<Instant> timestamp = Json.timestamp(checks, in, "timestamp", path + ".timestamp", true);
            Optional<String> strategyId = RecordInputs.strategyId(checks, in, path + ".memoryStrategyId");
            if (requestId.isPresent() && namespace.isPresent() && text.isPresent() && timestamp.isPresent()) {
                parsed.add(new NewRecord(requestId.get(), namespace.get(), text.get(), timestamp.get(), strategyId));
            }
        }
        checks.check();
        throttle.take(memoryId);
        String hash = Hashes.withoutClientToken(body);
        Optional<ObjectNode> earlier = clientToken.flatMap(t -> remembered(memoryId, "BatchCreateMemoryRecords", t, hash));
        if (earlier.isPresent()) {
            return Reply.created(earlier.get());
        }
        Results results = new Results();
        List<MemoryRecord> records = new ArrayList<>();
        Instant now = lifecycle.now();
        for (NewRecord r : parsed) {
            if (r.strategyId().isPresent() && memory.strategy(r.strategyId().get()).isEmpty()) {
                results.failed(Optional.empty(), Optional.of(r.requestId()), 404, "Memory strategy "
                        + r.strategyId().get() + " does not exist in memory " + memoryId);
                continue;
            }
            MemoryRecord record = new MemoryRecord(memoryId, Ids.recordId(), r.strategyId().orElse(""), r.namespace(),
                    r.text(), r.timestamp(), now, Json.object(), Vectors.toBytes(index.embed(r.text())));
            records.add(record);
            results.succeeded(record.id(), Optional.of(r.requestId()));
        }
        ObjectNode out = results.json();
        store.inTransaction(() -> {
            store.replaceRecords(memoryId, List.of(), records);
            clientToken.ifPresent(t -> store.remember(memoryId, "BatchCreateMemoryRecords", t,
                    new MemoryStore.Remembered(hash, Json.write(out))));
            return null;
        });
        records.forEach(index::put);
        return Reply.created(out);
    }

    /** {@code POST /memories/{memoryId}/memoryRecords/batchUpdate}. */
    Reply update(String memoryId, ObjectNode body) {
        Memory memory = memories.active(memoryId);
        Checks checks = new Checks();
        List<JsonNode> inputs = checks.list(body, "records", "records", true, 0, Constraints.BATCH_MAX);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String path = "records." + (i + 1) + ".member";
            JsonNode in = inputs.get(i);
            Optional<String> id = checks.required(in, "memoryRecordId", path + ".memoryRecordId", Constraints.RECORD_ID,
                    Constraints.RECORD_ID_MIN, Constraints.RECORD_ID_MAX);
            Optional<Instant> timestamp = Json.timestamp(checks, in, "timestamp", path + ".timestamp", true);
            Optional<String> text = RecordInputs.content(checks, in, path + ".content", false);
            Optional<String> namespace = RecordInputs.namespaces(checks, in, path + ".namespaces", false);
            Optional<String> strategyId = RecordInputs.strategyId(checks, in, path + ".memoryStrategyId");
            if (id.isPresent() && timestamp.isPresent()) {
                changes.add(new Change(id.get(), timestamp.get(), text, namespace, strategyId));
            }
        }
        checks.check();
        throttle.take(memoryId);
        Results results = new Results();
        List<MemoryRecord> updated = new ArrayList<>();
        Instant now = lifecycle.now();
        for (Change c : changes) {
            Optional<MemoryRecord> current = store.record(memoryId, c.id());
            if (current.isEmpty()) {
                results.failed(Optional.of(c.id()), Optional.empty(), 404, "Memory record " + c.id() + " does not exist");
                continue;
            }
            if (c.strategyId().isPresent() && memory.strategy(c.strategyId().get()).isEmpty()) {
                results.failed(Optional.of(c.id()), Optional.empty(), 404, "Memory strategy " + c.strategyId().get()
                        + " does not exist in memory " + memoryId);
                continue;
            }
            MemoryRecord r = current.get();
            String text = c.text().orElse(r.text());
            byte[] embedding = c.text().isPresent() ? Vectors.toBytes(index.embed(text)) : r.embedding();
            updated.add(new MemoryRecord(memoryId, r.id(), c.strategyId().orElse(r.strategyId()),
                    c.namespace().orElse(r.namespace()), text, r.createdAt(), now, r.metadata(), embedding));
            results.succeeded(r.id(), Optional.empty());
        }
        store.replaceRecords(memoryId, List.of(), updated);
        updated.forEach(index::put);
        return Reply.ok(results.json());
    }

    /** {@code POST /memories/{memoryId}/memoryRecords/batchDelete}. */
    Reply delete(String memoryId, ObjectNode body) {
        memories.active(memoryId);
        Checks checks = new Checks();
        List<JsonNode> inputs = checks.list(body, "records", "records", true, 0, Constraints.BATCH_MAX);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String path = "records." + (i + 1) + ".member";
            checks.required(inputs.get(i), "memoryRecordId", path + ".memoryRecordId", Constraints.RECORD_ID,
                    Constraints.RECORD_ID_MIN, Constraints.RECORD_ID_MAX).ifPresent(ids::add);
        }
        checks.check();
        throttle.take(memoryId);
        Results results = new Results();
        List<String> deleted = new ArrayList<>();
        for (String id : ids) {
            if (store.record(memoryId, id).isEmpty()) {
                results.failed(Optional.of(id), Optional.empty(), 404, "Memory record " + id + " does not exist");
            } else {
                deleted.add(id);
                results.succeeded(id, Optional.empty());
            }
        }
        store.replaceRecords(memoryId, deleted, List.of());
        deleted.forEach(id -> index.remove(memoryId, id));
        return Reply.ok(results.json());
    }

    private Optional<ObjectNode> remembered(String memoryId, String operation, String token, String hash) {
        return store.remembered(memoryId, operation, token).map(r -> {
            if (!r.requestHash().equals(hash)) {
                throw MemoryException.idempotencyMismatch(operation);
            }
            return Json.parseStored(r.response());
        });
    }

    private record NewRecord(String requestId, String namespace, String text, Instant timestamp,
            Optional<String> strategyId) {
    }

    private record Change(String id, Instant timestamp, Optional<String> text, Optional<String> namespace,
            Optional<String> strategyId) {
    }

    /** {@code successfulRecords} and {@code failedRecords}. */
    private static final class Results {
        private final ArrayNode succeeded = Json.array();
        private final ArrayNode failed = Json.array();

        void succeeded(String recordId, Optional<String> requestId) {
            ObjectNode out = succeeded.addObject().put("memoryRecordId", recordId).put("status", "SUCCEEDED");
            requestId.ifPresent(r -> out.put("requestIdentifier", r));
        }

        void failed(Optional<String> recordId, Optional<String> requestId, int code, String message) {
            ObjectNode out = failed.addObject();
            recordId.ifPresent(r -> out.put("memoryRecordId", r));
            out.put("status", "FAILED");
            requestId.ifPresent(r -> out.put("requestIdentifier", r));
            out.put("errorCode", code).put("errorMessage", message);
        }

        ObjectNode json() {
            ObjectNode out = Json.object();
            out.set("successfulRecords", succeeded);
            out.set("failedRecords", failed);
            return out;
        }
    }
}
