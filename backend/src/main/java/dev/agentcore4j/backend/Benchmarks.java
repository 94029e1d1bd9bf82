package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.compare.Category;
import dev.agentcore4j.compare.Comparison;
import dev.agentcore4j.compare.ComparisonResult;
import dev.agentcore4j.compare.LocalTargets;
import dev.agentcore4j.compare.Progress;
import dev.agentcore4j.compare.Scenario;
import dev.agentcore4j.compare.Scenarios;
import dev.agentcore4j.compare.Target;
import dev.agentcore4j.container.Engine;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Benchmark runs: module compare's scenario suite through the engines in this process, on a virtual
 * thread, one run at a time. A run is stored when it starts and when it ends ({@link BenchmarkReport}
 * shapes it); while it runs its progress is read from memory. Earlier runs stay in the store.
 */
final class Benchmarks implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Benchmarks.class.getName());
    private static final List<String> CATEGORIES = Arrays.stream(Category.values()).map(Category::wire).toList();

    private final Store store;
    private final LiveSettings settings;
    private final Path scratch;
    private final Clock clock;
    private volatile boolean closing;
    private Running running;

    /** A run in flight: its stored document and how far it is. */
    private static final class Running {
        final ObjectNode doc;
        final Thread thread;
        volatile int done;

        Running(ObjectNode doc, Thread thread) {
            this.doc = doc;
            this.thread = thread;
        }
    }

    Benchmarks(Store store, LiveSettings settings, Path scratch, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.scratch = scratch;
        this.clock = clock;
        for (String text : store.runs()) {
            ObjectNode doc = (ObjectNode) Json.parseStored(text);
            if (doc.path("status").asText().equals("running")) {
                doc.put("status", "failed").put("error", "the backend stopped while this run was going: start it again");
                store.saveRun(doc.path("runId").asText(), Instant.parse(doc.path("startedAt").asText()), Json.write(doc));
            }
        }
    }

    synchronized ObjectNode start(ObjectNode request) {
        Fields body = Fields.of(request, "", Set.of("engines", "categories", "repeat"));
        List<String> engines = body.optionalChoices("engines", Engine.ids(), 1, Engine.ids().size()).orElse(Engine.ids());
        List<String> categories = body.optionalChoices("categories", CATEGORIES, 1, CATEGORIES.size()).orElse(CATEGORIES);
        int repeat = body.optionalLong("repeat", 1, 20).orElse(1L).intValue();
        if (running != null) {
            throw ApiException.conflict("benchmark " + running.doc.path("runId").asText() + " is still running: "
                    + "wait for it (GET /api/benchmarks/{runId}) before starting another");
        }
        if (closing) {
            throw ApiException.conflict("the backend is stopping");
        }
        List<Scenario> scenarios = Scenarios.bundled().stream().filter(s -> categories.contains(s.category().wire())).toList();
        Instant started = clock.instant();
        ObjectNode doc = BenchmarkReport.started("bench-" + UUID.randomUUID(), settings.provider(), engines, categories,
                repeat, repeat * scenarios.size() * engines.size(), started);
        store.saveRun(doc.path("runId").asText(), started, Json.write(doc));
        Model model = settings.model();
        String provider = settings.provider();
        Thread thread = Thread.ofVirtual().name("benchmark-" + doc.path("runId").asText()).unstarted(
                () -> run(doc, provider, model, engines, scenarios, repeat));
        running = new Running(doc, thread);
        thread.start();
        return view(doc);
    }

    private void run(ObjectNode doc, String provider, Model model, List<String> engines, List<Scenario> scenarios,
            int repeat) {
        String runId = doc.path("runId").asText();
        Path data = null;
        ObjectNode finished;
        try {
            data = Files.createDirectories(scratch).resolve(runId);
            List<Tool> tools = SeedTools.create(ToolsConfig.defaults().dataDir(data).semanticSearch(false));
            List<Target> targets = engines.stream().map(e -> LocalTargets.inProcess(e, model, tools)).toList();
            ComparisonResult result = Comparison.run(provider, targets, scenarios, repeat, progress());
            finished = BenchmarkReport.done(doc, result, clock.instant());
        } catch (CancellationException e) {
            finished = BenchmarkReport.failed(doc, "the backend stopped while this run was going: start it again", clock.instant());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "run=" + runId + " | benchmark failed", e);
            finished = BenchmarkReport.failed(doc, "the run failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), clock.instant());
        } finally {
            delete(data);
        }
        synchronized (this) {
            if (finished.path("status").asText().equals("failed") && running != null) {
                ((ObjectNode) finished.path("progress")).put("done", running.done);
            }
        }
        store.saveRun(runId, Instant.parse(doc.path("startedAt").asText()), Json.write(finished));
        synchronized (this) {
            running = null;
        }
    }

    private Progress progress() {
        return new Progress() {
            @Override
            public void update(int done, int total, String label) {
                if (closing) {
                    throw new CancellationException("the backend is stopping");
                }
                synchronized (Benchmarks.this) {
                    if (running != null) {
                        running.done = done;
                    }
                }
            }

            @Override
            public void finish() {
            }
        };
    }

    /** A stored run, or the one in flight with its current progress. @throws ApiException 404 */
    synchronized ObjectNode get(String runId) {
        if (running != null && running.doc.path("runId").asText().equals(runId)) {
            return view(running.doc);
        }
        return store.run(runId).map(text -> (ObjectNode) Json.parseStored(text)).orElseThrow(() -> ApiException.notFound(
                "no benchmark run " + runId + ": GET /api/benchmarks lists them"));
    }

    /** Every run, newest first, without per-category results and failures. */
    synchronized ObjectNode list() {
        ObjectNode out = Json.object();
        ArrayNode runs = out.putArray("runs");
        for (String text : store.runs()) {
            ObjectNode doc = (ObjectNode) Json.parseStored(text);
            if (running != null && running.doc.path("runId").asText().equals(doc.path("runId").asText())) {
                doc = view(running.doc);
            }
            doc.remove(List.of("results", "failures"));
            runs.add(doc);
        }
        return out;
    }

    private ObjectNode view(ObjectNode doc) {
        ObjectNode out = doc.deepCopy();
        ((ObjectNode) out.path("progress")).put("done", running == null ? 0 : running.done);
        return out;
    }

    @Override
    public void close() {
        closing = true;
        Thread thread;
        synchronized (this) {
            thread = running == null ? null : running.thread;
        }
        if (thread != null) {
            try {
                thread.join(java.time.Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "cannot delete the benchmark's scratch directory " + dir + ": " + e.getMessage());
        }
    }
}
