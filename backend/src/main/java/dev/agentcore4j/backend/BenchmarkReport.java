package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.compare.Category;
import dev.agentcore4j.compare.ComparisonResult;
import dev.agentcore4j.compare.RunRecord;
import dev.agentcore4j.compare.Stats;
import java.time.Instant;
import java.util.List;

/** The stored and answered shape of a benchmark run (docs/backend-api.md#benchmarks). */
final class BenchmarkReport {

    static final int MAX_FAILURES = 50;

    private BenchmarkReport() {
    }

    static ObjectNode started(String runId, String model, List<String> engines, List<String> categories, int repeat,
            int total, Instant startedAt) {
        ObjectNode doc = Json.object().put("runId", runId).put("status", "running").put("model", model);
        engines.forEach(doc.putArray("engines")::add);
        categories.forEach(doc.putArray("categories")::add);
        doc.put("repeat", repeat);
        doc.putObject("progress").put("done", 0).put("total", total);
        return doc.put("startedAt", startedAt.toString());
    }

    static ObjectNode done(ObjectNode started, ComparisonResult result, Instant finishedAt) {
        ObjectNode doc = started.deepCopy().put("status", "done").put("finishedAt", finishedAt.toString());
        ((ObjectNode) doc.path("progress")).put("done", result.runs().size());
        ArrayNode summary = doc.putArray("summary");
        ArrayNode results = doc.putArray("results");
        for (String engine : result.engines()) {
            Stats all = result.summary().get(engine).get(ComparisonResult.ALL);
            summary.addObject().put("engine", engine).put("count", all.runs()).put("successRate", all.successRate())
                    .put("latencyP50Ms", round(all.latencyP50Ms())).put("latencyP95Ms", round(all.latencyP95Ms()))
                    .put("inputTokens", round(all.tokensInMean())).put("outputTokens", round(all.tokensOutMean()));
            for (Category category : Category.values()) {
                List<RunRecord> runs = result.runs(engine).stream().filter(r -> r.category() == category).toList();
                if (runs.isEmpty()) {
                    continue;
                }
                Stats stats = result.summary().get(engine).get(category.wire());
                ObjectNode row = results.addObject().put("engine", engine).put("category", category.wire());
                ArrayNode latencies = row.putArray("latenciesMs");
                runs.forEach(r -> latencies.add(round(r.latencyMs())));
                row.put("successRate", stats.successRate()).put("inputTokens", round(stats.tokensInMean()))
                        .put("outputTokens", round(stats.tokensOutMean())).put("count", stats.runs());
            }
        }
        ArrayNode failures = doc.putArray("failures");
        result.runs().stream().filter(r -> !r.success()).limit(MAX_FAILURES).forEach(r -> {
            ObjectNode failure = failures.addObject().put("engine", r.engine()).put("scenario", r.scenario()).put("run", r.run());
            r.failures().forEach(failure.putArray("reasons")::add);
        });
        return doc;
    }

    static ObjectNode failed(ObjectNode started, String error, Instant finishedAt) {
        return started.deepCopy().put("status", "failed").put("error", error).put("finishedAt", finishedAt.toString());
    }

    /** To the microsecond (milliseconds with three decimals), as the compare reports round. */
    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
