/**
 * The engine comparison behind {@code ./ac4j compare}: a scenario suite (the seed's benchmark
 * categories in English and Japanese) run through each agent engine in process and, optionally,
 * through a running container; every run judged by deterministic checks; reported as a text table,
 * JSON and a self-contained HTML page with inline SVG charts.
 *
 * <pre>{@code
 * Model model = LocalTargets.model("offline");
 * List<Target> targets = List.of(LocalTargets.inProcess("strands", model, SeedTools.create(config)));
 * ComparisonResult result = Comparison.run("offline", targets, Scenarios.bundled(), 3, Progress.none());
 * Files.writeString(Path.of("compare.html"), HtmlReport.render(result));
 * }</pre>
 */
package dev.agentcore4j.compare;
