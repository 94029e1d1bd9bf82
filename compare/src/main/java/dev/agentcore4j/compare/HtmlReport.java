package dev.agentcore4j.compare;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained HTML page (also well-formed XML): summary table, three inline SVG charts (success
 * rate per category and engine, latency per engine, tokens per category) and the per-scenario table.
 * No scripts, stylesheets, fonts or images from anywhere.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:3px 8px;font-size:13px}
            td.n{text-align:right}td.fail{color:#b0413e;font-weight:bold}.chart{display:block;margin:1.5em 0}""";

    private HtmlReport() {
    }

    public static String render(ComparisonResult result) {
        var html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<title>AgentCore4J engine comparison</title>\n<style>").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<h1>AgentCore4J engine comparison</h1>\n")
                .append("<p>Model <b>").append(escape(result.model())).append("</b>, ")
                .append(result.scenarios().size()).append(" scenarios × ").append(result.repeat())
                .append(" run(s) per engine: ").append(escape(String.join(", ", result.engines()))).append(".</p>\n");
        summaryTable(html, result);
        List<String> categories = Arrays.stream(Category.values()).map(Category::wire).toList();
        Map<String, Map<String, Stats>> summary = result.summary();
        html.append(SvgCharts.groupedBars("Success rate per category", categories, result.engines(),
                values(result, categories, summary, s -> s.successRate() * 100), 100, "%"));
        Map<String, List<Double>> latencies = new LinkedHashMap<>();
        result.engines().forEach(e -> latencies.put(e, result.runs(e).stream().map(RunRecord::latencyMs).toList()));
        html.append(SvgCharts.latencyPlot("Latency per scenario run (box: p25–p75, line: median, whisker: min–p95)",
                result.engines(), latencies));
        double[][] tokens = values(result, categories, summary, s -> s.tokensInMean() + s.tokensOutMean());
        html.append(SvgCharts.groupedBars("Tokens per run (in + out, mean) per category", categories, result.engines(),
                tokens, Arrays.stream(tokens).flatMapToDouble(Arrays::stream).max().orElse(1), ""));
        scenarioTable(html, result);
        recalledTable(html, result);
        return html.append("</body>\n</html>\n").toString();
    }

    private static double[][] values(ComparisonResult result, List<String> categories,
            Map<String, Map<String, Stats>> summary, java.util.function.ToDoubleFunction<Stats> metric) {
        double[][] values = new double[result.engines().size()][categories.size()];
        for (int e = 0; e < values.length; e++) {
            Map<String, Stats> byCategory = summary.get(result.engines().get(e));
            for (int c = 0; c < categories.size(); c++) {
                Stats stats = byCategory.get(categories.get(c));
                values[e][c] = stats == null ? 0 : metric.applyAsDouble(stats);
            }
        }
        return values;
    }

    private static void summaryTable(StringBuilder html, ComparisonResult result) {
        html.append("<h2>Summary</h2>\n<table>\n<tr><th>engine</th><th>category</th><th>runs</th><th>success</th>")
                .append("<th>p50 ms</th><th>p95 ms</th><th>tokens in</th><th>tokens out</th></tr>\n");
        result.summary().forEach((engine, byCategory) -> byCategory.forEach((category, s) -> html.append("<tr>")
                .append(cell(engine)).append(cell(category)).append(number(s.runs()))
                .append(s.successes() == s.runs() ? number(Math.round(s.successRate() * 100) + "%")
                        : "<td class=\"n fail\">" + Math.round(s.successRate() * 100) + "%</td>")
                .append(number(ms(s.latencyP50Ms()))).append(number(ms(s.latencyP95Ms())))
                .append(number(Math.round(s.tokensInMean()))).append(number(Math.round(s.tokensOutMean())))
                .append("</tr>\n")));
        html.append("</table>\n");
    }

    /** Only when the agent's memory recalled something: which records, in which runs. */
    private static void recalledTable(StringBuilder html, ComparisonResult result) {
        List<RunRecord> recalling = result.runs().stream().filter(r -> !r.recalled().isEmpty()).toList();
        if (recalling.isEmpty()) {
            return;
        }
        html.append("<h2>Recalled from memory</h2>\n<table>\n<tr><th>engine</th><th>scenario</th><th>run</th>")
                .append("<th>score</th><th>record</th><th>namespace</th></tr>\n");
        for (RunRecord run : recalling) {
            for (Recalled record : run.recalled()) {
                html.append("<tr>").append(cell(run.engine())).append(cell(run.scenario())).append(number(run.run()))
                        .append(number(String.format(Locale.ROOT, "%.2f", record.score()))).append(cell(record.text()))
                        .append(cell(record.namespace())).append("</tr>\n");
            }
        }
        html.append("</table>\n");
    }

    private static void scenarioTable(StringBuilder html, ComparisonResult result) {
        html.append("<h2>Scenarios</h2>\n<table>\n<tr><th>scenario</th><th>category</th><th>lang</th><th>engine</th>")
                .append("<th>ok</th><th>p50 ms</th><th>p95 ms</th><th>tool calls</th><th>failures</th></tr>\n");
        for (Scenario scenario : result.scenarios()) {
            for (String engine : result.engines()) {
                List<RunRecord> runs = result.runs(engine, scenario.id());
                if (runs.isEmpty()) {
                    continue;
                }
                Stats s = Stats.of(runs);
                html.append("<tr>").append(cell(scenario.id())).append(cell(scenario.category().wire()))
                        .append(cell(scenario.language())).append(cell(engine))
                        .append(s.successes() == s.runs() ? number(s.successes() + "/" + s.runs())
                                : "<td class=\"n fail\">" + s.successes() + "/" + s.runs() + "</td>")
                        .append(number(ms(s.latencyP50Ms()))).append(number(ms(s.latencyP95Ms())))
                        .append(cell(String.join(" ", runs.getFirst().toolCalls().stream()
                                .map(c -> c.name() + c.input()).toList())))
                        .append(cell(String.join("; ", runs.stream().flatMap(r -> r.failures().stream()).distinct().toList())))
                        .append("</tr>\n");
            }
        }
        html.append("</table>\n");
    }

    private static String cell(Object value) {
        return "<td>" + escape(String.valueOf(value)) + "</td>";
    }

    private static String number(Object value) {
        return "<td class=\"n\">" + escape(String.valueOf(value)) + "</td>";
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Escapes text for HTML and XML content and attribute values. */
    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
