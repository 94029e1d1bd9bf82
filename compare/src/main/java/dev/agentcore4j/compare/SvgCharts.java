package dev.agentcore4j.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Inline SVG charts for the HTML report: grouped bars and a latency dot-and-box plot. No scripts. */
final class SvgCharts {

    static final List<String> PALETTE = List.of("#2f6fb0", "#e07b28", "#3a9a5b", "#b0413e", "#7b5ea7", "#8c6d31");
    private static final int WIDTH = 760;
    private static final int LEFT = 60;
    private static final int TOP = 40;

    private SvgCharts() {
    }

    /** Vertical bars: one group per entry of {@code groups}, one bar per series; {@code values[series][group]}. */
    static String groupedBars(String title, List<String> groups, List<String> series, double[][] values, double max,
            String unit) {
        int height = 320;
        int plotW = WIDTH - LEFT - 20;
        int plotH = height - TOP - 50;
        double top = niceMax(max);
        var svg = open(title, height);
        axisY(svg, top, unit, plotH);
        legend(svg, series);
        double groupW = (double) plotW / Math.max(1, groups.size());
        double barW = groupW * 0.8 / Math.max(1, series.size());
        for (int g = 0; g < groups.size(); g++) {
            double gx = LEFT + g * groupW + groupW * 0.1;
            for (int s = 0; s < series.size(); s++) {
                double v = values[s][g];
                double h = top == 0 ? 0 : v / top * plotH;
                svg.append(rect(gx + s * barW, TOP + plotH - h, barW - 2, h, color(s),
                        series.get(s) + " " + groups.get(g) + ": " + num(v) + unit));
            }
            svg.append(text(gx + groupW * 0.4, TOP + plotH + 18, "middle", groups.get(g)));
        }
        return svg.append("</svg>\n").toString();
    }

    /**
     * One row per engine: every run's latency as a dot, a box from p25 to p75 with the median marked,
     * and whiskers to the smallest run and the p95.
     */
    static String latencyPlot(String title, List<String> engines, Map<String, List<Double>> latencies) {
        int rowH = 60;
        int height = TOP + engines.size() * rowH + 50;
        int plotW = WIDTH - LEFT - 90;
        double max = niceMax(latencies.values().stream().flatMap(List::stream).mapToDouble(d -> d).max().orElse(1));
        var svg = open(title, height);
        int left = LEFT + 70;
        int axisY = TOP + engines.size() * rowH;
        svg.append(line(left, axisY, left + plotW, axisY, "#444"));
        for (int i = 0; i <= 4; i++) {
            double x = left + plotW * i / 4.0;
            svg.append(line(x, TOP, x, axisY, "#ddd"));
            svg.append(text(x, axisY + 16, "middle", num(max * i / 4) + " ms"));
        }
        for (int e = 0; e < engines.size(); e++) {
            List<Double> values = latencies.getOrDefault(engines.get(e), List.of());
            double cy = TOP + e * rowH + rowH / 2.0;
            svg.append(text(left - 8, cy + 4, "end", engines.get(e)));
            if (values.isEmpty()) {
                continue;
            }
            double scale = plotW / max;
            double p25 = Percentiles.of(values, 25);
            double p50 = Percentiles.of(values, 50);
            double p75 = Percentiles.of(values, 75);
            double p95 = Percentiles.of(values, 95);
            double min = values.stream().mapToDouble(d -> d).min().orElse(0);
            svg.append(line(left + min * scale, cy, left + p95 * scale, cy, "#555"));
            svg.append(rect(left + p25 * scale, cy - 12, Math.max(1, (p75 - p25) * scale), 24, color(e),
                    engines.get(e) + ": p25 " + num(p25) + " ms, p50 " + num(p50) + " ms, p75 " + num(p75)
                            + " ms, p95 " + num(p95) + " ms").replace("<rect ", "<rect fill-opacity=\"0.35\" "));
            svg.append(line(left + p50 * scale, cy - 14, left + p50 * scale, cy + 14, "#000"));
            for (int i = 0; i < values.size(); i++) {
                double jitter = (i % 7 - 3) * 2.5;
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"%s\"/>%n",
                        left + values.get(i) * scale, cy + jitter, color(e)));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(String title, int height) {
        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                WIDTH, height, WIDTH, height));
        svg.append("<title>").append(HtmlReport.escape(title)).append("</title>\n");
        svg.append(text(WIDTH / 2.0, 18, "middle", title).replace("<text ", "<text font-weight=\"bold\" "));
        return svg;
    }

    private static void axisY(StringBuilder svg, double top, String unit, int plotH) {
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotH - plotH * i / 4.0;
            svg.append(line(LEFT, y, WIDTH - 20, y, i == 0 ? "#444" : "#ddd"));
            svg.append(text(LEFT - 6, y + 4, "end", num(top * i / 4) + unit));
        }
    }

    private static void legend(StringBuilder svg, List<String> series) {
        for (int s = 0; s < series.size(); s++) {
            double x = LEFT + s * 160;
            svg.append(rect(x, 26, 10, 10, color(s), series.get(s)));
            svg.append(text(x + 14, 35, "start", series.get(s)));
        }
    }

    static String color(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /** A round upper bound for an axis: 1, 2 or 5 times a power of ten. */
    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String rect(double x, double y, double w, double h, String fill, String tooltip) {
        return String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>%n",
                x, y, Math.max(0, w), Math.max(0, h), fill, HtmlReport.escape(tooltip));
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                x1, y1, x2, y2, stroke);
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\">%s</text>%n",
                x, y, anchor, HtmlReport.escape(content));
    }

    static String num(double value) {
        return value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
}
