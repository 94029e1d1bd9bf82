package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The composition root of the Memory twin: store, index, lifecycle, extraction, both planes. */
final class LocalMemoryService implements MemoryService {

    private static final System.Logger LOG = System.getLogger(LocalMemoryService.class.getName());

    private final MemoryStore store;
    private final ScheduledExecutorService scheduler;
    private final Extraction extraction;
    private final Routes routes;

    private LocalMemoryService(MemoryStore store, ScheduledExecutorService scheduler, Extraction extraction,
            Routes routes) {
        this.store = store;
        this.scheduler = scheduler;
        this.extraction = extraction;
        this.routes = routes;
    }

    static MemoryService start(String region, String account, Path dataDir, MemorySettings settings) {
        MemoryStore store = MemoryStore.open(settings.database(), dataDir);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("memory-lifecycle").daemon().factory());
        RecordIndex index = new RecordIndex(settings.embedder());
        int loaded = index.load(store);
        Lifecycle lifecycle = new Lifecycle(store, settings.clock(), settings.statusDelay(), scheduler, index::drop);
        Memories memories = new Memories(store, lifecycle, new Ids(region, account), settings.maxMemories());
        Throttle throttle = new Throttle(settings.requestsPerSecond());
        Extraction extraction = new Extraction(store, lifecycle, settings.extractor(), index,
                settings.extractionDelay(), settings.extractionMaxWait());
        Routes routes = new Routes(memories, new Events(store, memories, lifecycle, throttle, extraction),
                new Records(store, memories, throttle, index), new RecordBatches(store, memories, throttle, index,
                        lifecycle), new Jobs(store, memories, throttle, extraction));
        lifecycle.start();
        extraction.start();
        LOG.log(Level.INFO, "database=" + settings.database() + " records=" + loaded + " | AgentCore Memory twin up");
        return new LocalMemoryService(store, scheduler, extraction, routes);
    }

    @Override
    public MemoryResponse handle(MemoryRequest request) {
        try {
            Reply reply = routes.route(request);
            return new MemoryResponse(reply.status(), Optional.empty(), Json.bytes(reply.body()));
        } catch (MemoryException e) {
            return error(e);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "memory request failed: " + request.method() + " " + request.rawPath(), e);
            return error(MemoryException.of(MemoryException.Shape.SERVICE,
                    "The Memory twin failed to process the request; see its log."));
        }
    }

    /** The AWS JSON error encoding: {@code message}, and {@code reason}/{@code fieldList} for validation. */
    private static MemoryResponse error(MemoryException e) {
        ObjectNode body = Json.object().put("message", e.getMessage());
        if (!e.reason().isEmpty()) {
            body.put("reason", e.reason());
            if (!e.fields().isEmpty()) {
                ArrayNode fields = body.putArray("fieldList");
                e.fields().forEach(f -> fields.addObject().put("name", f.name()).put("message", f.message()));
            }
        }
        return new MemoryResponse(e.shape().status, Optional.of(e.shape().wireName), Json.bytes(body));
    }

    @Override
    public void close() {
        extraction.close();
        scheduler.shutdownNow();
        store.close();
    }
}
