package dev.agentcore4j.memory.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import software.amazon.awssdk.services.bedrockagentcore.model.MemoryRecordSummary;
import software.amazon.awssdk.services.bedrockagentcore.model.RetrieveMemoryRecordsResponse;

/**
 * Long-term recall: one RetrieveMemoryRecords per (namespace, strategy), run concurrently on virtual
 * threads; the results merged (a record found twice counts once, with its best score), those below the
 * minimum score dropped, the best {@code topK} kept.
 */
final class Recaller {

    /** Where to search: a namespace prefix and the strategy that owns it ("" for any). */
    record Target(String namespace, String strategyId) { }

    /** How AgentCoreMemory wraps an SDK call into its errors. */
    interface Calls {
        <T> T call(String operation, Supplier<T> call);
    }

    private final MemoryConfig config;
    private final SdkClients clients;
    private final Calls calls;

    Recaller(MemoryConfig config, SdkClients clients, Calls calls) {
        this.config = config;
        this.clients = clients;
        this.calls = calls;
    }

    /** Every namespace of every strategy that is not failed or being deleted, resolved for the actor. */
    static List<Target> targets(List<MemoryStrategy> strategies, ActorId actor) {
        List<Target> out = new ArrayList<>();
        for (MemoryStrategy strategy : strategies) {
            if (strategy.status().equals("FAILED") || strategy.status().equals("DELETING")) {
                continue;
            }
            for (String template : strategy.namespaces()) {
                Target target = new Target(Namespaces.forActor(template, actor, strategy.strategyId()), strategy.strategyId());
                if (!out.contains(target)) {
                    out.add(target);
                }
            }
        }
        return out;
    }

    Recall recall(String query, List<Target> targets) {
        List<String> namespaces = targets.stream().map(Target::namespace).distinct().toList();
        if (targets.isEmpty()) {
            return new Recall(query, namespaces, List.of());
        }
        List<List<RecalledRecord>> found = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<RecalledRecord>>> futures = new ArrayList<>();
            for (Target target : targets) {
                Callable<List<RecalledRecord>> task = () -> retrieve(query, target);
                futures.add(executor.submit(task));
            }
            for (Future<List<RecalledRecord>> future : futures) {
                found.add(future.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new MemoryException("recall failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MemoryException("recall was interrupted", e);
        }
        Map<String, RecalledRecord> best = new LinkedHashMap<>();
        for (List<RecalledRecord> records : found) {
            for (RecalledRecord record : records) {
                best.merge(record.recordId(), record, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<RecalledRecord> records = best.values().stream()
                .filter(r -> r.score() >= config.minScore())
                .sorted(Comparator.comparingDouble(RecalledRecord::score).reversed())
                .limit(config.topK())
                .toList();
        return new Recall(query, namespaces, records);
    }

    private List<RecalledRecord> retrieve(String query, Target target) {
        RetrieveMemoryRecordsResponse response = calls.call("RetrieveMemoryRecords", () -> clients.data()
                .retrieveMemoryRecords(b -> b.memoryId(config.memoryId()).namespace(target.namespace())
                        .maxResults(config.topK())
                        .searchCriteria(c -> {
                            c.searchQuery(query).topK(config.topK());
                            if (!target.strategyId().isEmpty()) {
                                c.memoryStrategyId(target.strategyId());
                            }
                        })));
        List<RecalledRecord> out = new ArrayList<>();
        for (MemoryRecordSummary summary : response.memoryRecordSummaries()) {
            if (summary.content() == null || summary.content().text() == null) {
                continue;
            }
            String namespace = summary.hasNamespaces() && !summary.namespaces().isEmpty()
                    ? summary.namespaces().getFirst() : target.namespace();
            out.add(new RecalledRecord(summary.memoryRecordId(), summary.content().text(),
                    summary.score() == null ? 0 : summary.score(), namespace,
                    summary.memoryStrategyId() == null ? target.strategyId() : summary.memoryStrategyId()));
        }
        return out;
    }
}
