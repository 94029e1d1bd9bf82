package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.memory.extract.VectorIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Long-term memory reads and deletes ({@code bedrock-agentcore}): RetrieveMemoryRecords (similarity
 * search, best first with a score), ListMemoryRecords (newest first), GetMemoryRecord,
 * DeleteMemoryRecord.
 */
final class Records {

    private final MemoryStore store;
    private final Memories memories;
    private final Throttle throttle;
    private final RecordIndex index;

    Records(MemoryStore store, Memories memories, Throttle throttle, RecordIndex index) {
        this.store = store;
        this.memories = memories;
        this.throttle = throttle;
        this.index = index;
    }

    /** {@code POST /memories/{memoryId}/retrieve}: the {@code topK} most similar records, paged by {@code maxResults}. */
    Reply retrieve(String memoryId, ObjectNode body) {
        memories.active(memoryId);
        Checks checks = new Checks();
        Optional<String> namespace = RecordInputs.namespace(checks, body, "namespace", "namespace", true);
        Optional<JsonNode> criteria = checks.object(body, "searchCriteria", "searchCriteria", true);
        Optional<String> query = criteria.flatMap(c -> checks.required(c, "searchQuery", "searchCriteria.searchQuery"));
        query.ifPresent(q -> checks.length("searchCriteria.searchQuery", q, 1, Constraints.QUERY_MAX, true));
        Optional<String> strategyId = criteria.flatMap(c -> RecordInputs.strategyId(checks, c,
                "searchCriteria.memoryStrategyId"));
        int topK = criteria.flatMap(c -> checks.integer(c, "topK", "searchCriteria.topK", 1, Constraints.TOP_K_MAX))
                .orElse(Constraints.TOP_K_DEFAULT);
        List<MetadataFilter> filters = criteria.map(c -> MetadataFilter.read(checks, c, "metadataFilters",
                "searchCriteria.metadataFilters", 1)).orElse(List.of());
        Paging paging = Paging.of(checks, body, "RetrieveMemoryRecords", Constraints.MAX_RESULTS_MAX,
                Constraints.MAX_RESULTS_MAX);
        if (query.filter(String::isBlank).isPresent()) {
            checks.fail("searchCriteria.searchQuery", "searchQuery must contain some text to search for");
        }
        checks.check();
        throttle.take(memoryId);
        NamespaceQuery scope = NamespaceQuery.of(namespace.orElseThrow());
        boolean filtered = scope.wildcard().isPresent() || strategyId.isPresent() || !filters.isEmpty();
        float[] vector = index.embed(query.orElseThrow());
        List<VectorIndex.Hit> hits = index.search(memoryId, vector, scope.prefix(),
                filtered ? Math.max(1, index.size(memoryId)) : topK).stream()
                .filter(h -> scope.matches(h.namespace())).toList();
        Map<String, MemoryRecord> found = new HashMap<>();
        if (filtered) {
            store.records(memoryId, hits.stream().map(VectorIndex.Hit::recordId).toList())
                    .forEach(r -> found.put(r.id(), r));
            hits = hits.stream().filter(h -> found.containsKey(h.recordId()))
                    .filter(h -> strategyId.isEmpty() || strategyId.get().equals(found.get(h.recordId()).strategyId()))
                    .filter(h -> MetadataFilter.all(filters, found.get(h.recordId()).metadata()))
                    .limit(topK).toList();
        }
        Paging.Page<VectorIndex.Hit> page = paging.page(hits);
        if (!filtered) {
            store.records(memoryId, page.items().stream().map(VectorIndex.Hit::recordId).toList())
                    .forEach(r -> found.put(r.id(), r));
        }
        ObjectNode out = Json.object();
        ArrayNode summaries = out.putArray("memoryRecordSummaries");
        for (VectorIndex.Hit hit : page.items()) {
            MemoryRecord record = found.get(hit.recordId());
            if (record != null) {
                summaries.add(record.wire().put("score", hit.score()));
            }
        }
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return Reply.ok(out);
    }

    /** {@code POST /memories/{memoryId}/memoryRecords}: newest first. */
    Reply list(String memoryId, ObjectNode body) {
        memories.active(memoryId);
        Checks checks = new Checks();
        Optional<String> namespace = RecordInputs.namespace(checks, body, "namespace", "namespace", true);
        Optional<String> strategyId = RecordInputs.strategyId(checks, body, "memoryStrategyId");
        Paging paging = Paging.of(checks, body, "ListMemoryRecords", Constraints.MAX_RESULTS_MAX,
                Constraints.MAX_RESULTS_MAX);
        checks.check();
        throttle.take(memoryId);
        NamespaceQuery scope = NamespaceQuery.of(namespace.orElseThrow());
        Paging.Page<MemoryRecord> page = scope.wildcard().isEmpty()
                ? paging.fetched(store.records(memoryId, scope.prefix(), strategyId, paging.size() + 1, paging.offset()))
                : paging.page(store.records(memoryId, scope.prefix(), strategyId, -1, 0).stream()
                        .filter(r -> scope.matches(r.namespace())).toList());
        ObjectNode out = Json.object();
        ArrayNode summaries = out.putArray("memoryRecordSummaries");
        page.items().forEach(r -> summaries.add(r.wire()));
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return Reply.ok(out);
    }

    /** {@code GET /memories/{memoryId}/memoryRecord/{memoryRecordId}}. */
    Reply get(String memoryId, String recordId) {
        memories.active(memoryId);
        Labels.recordId(recordId);
        throttle.take(memoryId);
        ObjectNode out = Json.object();
        out.set("memoryRecord", existing(memoryId, recordId).wire());
        return Reply.ok(out);
    }

    /** {@code DELETE /memories/{memoryId}/memoryRecords/{memoryRecordId}}. */
    Reply delete(String memoryId, String recordId) {
        memories.active(memoryId);
        Labels.recordId(recordId);
        throttle.take(memoryId);
        if (!store.deleteRecord(memoryId, recordId)) {
            throw notFound(memoryId, recordId);
        }
        index.remove(memoryId, recordId);
        return Reply.ok(Json.object().put("memoryRecordId", recordId));
    }

    private MemoryRecord existing(String memoryId, String recordId) {
        return store.record(memoryId, recordId).orElseThrow(() -> notFound(memoryId, recordId));
    }

    private static MemoryException notFound(String memoryId, String recordId) {
        return MemoryException.notFound("Memory record " + recordId + " does not exist in memory " + memoryId);
    }
}
