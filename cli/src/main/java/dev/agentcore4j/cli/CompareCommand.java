package dev.agentcore4j.cli;

import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.compare.CompareException;
import dev.agentcore4j.compare.Comparison;
import dev.agentcore4j.compare.ComparisonResult;
import dev.agentcore4j.compare.HtmlReport;
import dev.agentcore4j.compare.JsonReport;
import dev.agentcore4j.compare.LocalTargets;
import dev.agentcore4j.compare.Progress;
import dev.agentcore4j.compare.Scenario;
import dev.agentcore4j.compare.Scenarios;
import dev.agentcore4j.compare.TableReport;
import dev.agentcore4j.compare.Target;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.io.Console;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ac4j compare}: the scenario suite through each engine (and a running container), measured and judged. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run the comparison suite (basic, memory, tool use, multi-tool, error handling; English and "
                + "Japanese) through each engine in process, and through a running container with --endpoint.",
            "Prints a table; --json and --html write the full report. Exit code 1 when any run failed its checks."})
final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--engines", split = ",", paramLabel = "ENGINE",
            description = "Engines to compare (default: strands,langchain4j; engines not in this build are skipped with a note).")
    List<String> engines = new ArrayList<>();

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "offline",
            description = "Model every engine uses: offline, bedrock, openai or anthropic, configured by the provider's "
                    + "environment variables as for AC4J_MODEL (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Runs per scenario and engine; latency p50/p95 are over these (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report (one record per run plus a summary).")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the self-contained HTML report with charts.")
    Path html;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Also run through a running container, e.g. http://127.0.0.1:8080 (repeatable).")
    List<URI> endpoints = new ArrayList<>();

    /** Where provider settings come from (OPENAI_BASE_URL, ANTHROPIC_API_KEY, …); tests replace it. */
    Map<String, String> environment = System.getenv();

    @Option(names = "--scenarios", paramLabel = "FILE", description = "A scenario file to run instead of the bundled suite.")
    Path scenarioFile;

    @Override
    public Integer call() throws IOException {
        if (repeat < 1 || repeat > 1000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be between 1 and 1000, got " + repeat);
        }
        List<Scenario> scenarios = scenarioFile == null ? Scenarios.bundled() : Scenarios.parse(read(scenarioFile));
        Model chosen = LocalTargets.model(model, environment);
        Path data = Files.createTempDirectory("ac4j-compare-");
        try (HttpClient client = HttpClient.newHttpClient()) {
            // Lexical search only: loading the embedding model would land in whichever engine runs first.
            List<Tool> tools = SeedTools.create(ToolsConfig.defaults().dataDir(data).semanticSearch(false));
            List<Target> targets = new ArrayList<>();
            for (String engine : engines.isEmpty() ? LocalTargets.ENGINES : engines) {
                try {
                    targets.add(LocalTargets.inProcess(engine.strip(), chosen, tools));
                } catch (CompareException unavailable) {
                    if (!engines.isEmpty()) {
                        throw unavailable;
                    }
                    spec.commandLine().getErr().println("ac4j compare: " + unavailable.getMessage() + " (skipped)");
                }
            }
            for (URI endpoint : endpoints) {
                for (String engine : engines.isEmpty() ? List.of("strands") : engines) {
                    targets.add(Target.endpoint(endpoint, LocalTargets.engine(engine.strip()), client));
                }
            }
            ComparisonResult result = Comparison.run(model, targets, scenarios, repeat, progress());
            spec.commandLine().getOut().print(TableReport.render(result));
            spec.commandLine().getOut().flush();
            write(json, JsonReport.render(result));
            write(html, HtmlReport.render(result));
            return result.allSucceeded() ? 0 : 1;
        } finally {
            delete(data);
        }
    }

    /** A bar only on an interactive terminal: logs and pipes get no carriage-return noise. */
    private static Progress progress() {
        Console console = System.console();
        return console != null && console.isTerminal() ? Progress.bar(System.err) : Progress.none();
    }

    private byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CompareException("cannot read --scenarios " + file + ": " + e.getClass().getSimpleName());
        }
    }

    private void write(Path file, String content) {
        if (file == null) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, content);
            spec.commandLine().getErr().println("ac4j compare: wrote " + file);
        } catch (IOException e) {
            throw new CompareException("cannot write " + file + " (" + e.getClass().getSimpleName()
                    + "); choose a writable path");
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
