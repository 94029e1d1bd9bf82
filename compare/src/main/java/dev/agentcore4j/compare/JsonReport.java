package dev.agentcore4j.compare;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report: {@code model}, {@code repeat}, {@code engines}, {@code runs} (one record per
 * scenario run, with {@code recalled} records when the agent's memory recalled some) and
 * {@code summary} (per engine, per category and {@code all}). See docs/compare.md.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String render(ComparisonResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", result.model());
        root.put("repeat", result.repeat());
        root.put("engines", result.engines());
        root.put("runs", result.runs().stream().map(JsonReport::run).toList());
        Map<String, Object> summary = new LinkedHashMap<>();
        result.summary().forEach((engine, byCategory) -> {
            Map<String, Object> categories = new LinkedHashMap<>();
            byCategory.forEach((category, stats) -> categories.put(category, stats(stats)));
            summary.put(engine, categories);
        });
        root.put("summary", summary);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot encode the JSON report", e);
        }
    }

    private static Map<String, Object> run(RunRecord r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("engine", r.engine());
        out.put("where", r.where());
        out.put("scenario", r.scenario());
        out.put("category", r.category().wire());
        out.put("language", r.language());
        out.put("run", r.run());
        out.put("success", r.success());
        out.put("latency_ms", round(r.latencyMs()));
        out.put("tokens_in", r.tokensIn());
        out.put("tokens_out", r.tokensOut());
        out.put("tool_calls", r.toolCalls().stream().map(c -> {
            Map<String, Object> call = new LinkedHashMap<>();
            call.put("name", c.name());
            call.put("input", c.input());
            return call;
        }).toList());
        out.put("failures", List.copyOf(r.failures()));
        if (!r.recalled().isEmpty()) {
            out.put("recalled", r.recalled().stream().map(m -> {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("text", m.text());
                record.put("score", round(m.score()));
                record.put("namespace", m.namespace());
                return record;
            }).toList());
        }
        return out;
    }

    private static Map<String, Object> stats(Stats s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runs", s.runs());
        out.put("successes", s.successes());
        out.put("success_rate", round(s.successRate()));
        out.put("latency_p50_ms", round(s.latencyP50Ms()));
        out.put("latency_p95_ms", round(s.latencyP95Ms()));
        out.put("tokens_in_mean", round(s.tokensInMean()));
        out.put("tokens_out_mean", round(s.tokensOutMean()));
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
