package dev.agentcore4j.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The plain-text tables printed on stdout: one row per scenario and engine, then the summary. */
public final class TableReport {

    private static final String ROW = "%-24s %-14s %-4s %-20s %5s %9s %9s %7s %7s  %s%n";
    private static final String SUMMARY = "%-20s %-14s %5s %8s %9s %9s %9s %9s%n";
    private static final int TOOLS_WIDTH = 60;

    private TableReport() {
    }

    public static String render(ComparisonResult result) {
        var out = new StringBuilder();
        out.append(format(ROW, "scenario", "category", "lang", "engine", "ok", "p50 ms", "p95 ms", "tok in", "tok out", "tool calls"));
        for (Scenario scenario : result.scenarios()) {
            for (String engine : result.engines()) {
                List<RunRecord> runs = result.runs(engine, scenario.id());
                if (runs.isEmpty()) {
                    continue;
                }
                Stats s = Stats.of(runs);
                out.append(format(ROW, scenario.id(), scenario.category().wire(), scenario.language(), engine,
                        s.successes() + "/" + s.runs(), ms(s.latencyP50Ms()), ms(s.latencyP95Ms()),
                        Math.round(s.tokensInMean()), Math.round(s.tokensOutMean()), tools(runs.getFirst())));
            }
        }
        out.append('\n');
        out.append(format(SUMMARY, "engine", "category", "runs", "success", "p50 ms", "p95 ms", "tok in", "tok out"));
        for (Map.Entry<String, Map<String, Stats>> engine : result.summary().entrySet()) {
            engine.getValue().forEach((category, s) -> out.append(format(SUMMARY, engine.getKey(), category, s.runs(),
                    Math.round(s.successRate() * 100) + "%", ms(s.latencyP50Ms()), ms(s.latencyP95Ms()),
                    Math.round(s.tokensInMean()), Math.round(s.tokensOutMean()))));
        }
        List<RunRecord> recalling = result.runs().stream().filter(r -> !r.recalled().isEmpty()).toList();
        if (!recalling.isEmpty()) {
            out.append('\n').append("Recalled from memory:\n");
            recalling.stream().limit(20).forEach(r -> r.recalled().forEach(m -> out.append(format("  %-20s %-24s run %d  %.2f  %s%n",
                    r.engine(), r.scenario(), r.run(), m.score(), m.text()))));
        }
        result.runs().stream().filter(r -> !r.success()).limit(20).forEach(r -> out.append('\n').append("FAILED ")
                .append(r.engine()).append(' ').append(r.scenario()).append(" run ").append(r.run()).append(": ")
                .append(String.join("; ", r.failures())));
        if (!result.allSucceeded()) {
            out.append('\n');
        }
        return out.toString();
    }

    private static String tools(RunRecord run) {
        if (run.toolCalls().isEmpty()) {
            return "-";
        }
        String text = run.toolCalls().stream().map(c -> c.name() + c.input()).collect(Collectors.joining(" "));
        return text.length() <= TOOLS_WIDTH ? text : text.substring(0, TOOLS_WIDTH - 1) + "…";
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
