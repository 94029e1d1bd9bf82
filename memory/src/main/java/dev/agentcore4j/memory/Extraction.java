package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.memory.extract.Extractor;
import dev.agentcore4j.memory.extract.StrategyKind;
import dev.agentcore4j.memory.extract.Utterance;
import dev.agentcore4j.memory.extract.Vectors;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Long-term extraction, asynchronous as on AWS: a session becomes due {@code delay} after its last
 * event (at most {@code maxWait} after the first one still pending); then each of the memory's
 * strategies turns the new conversation into records in its namespaces (templates resolved for the
 * actor and session), each embedded in process and indexed. The schedule lives in the store, so
 * extraction that was due when the twin stopped runs after it starts again. A strategy whose
 * extraction fails leaves an extraction job that StartMemoryExtractionJob runs again.
 */
final class Extraction implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Extraction.class.getName());
    private static final long MAX_IDLE_MILLIS = 1000;

    private final MemoryStore store;
    private final Lifecycle lifecycle;
    private final Extractor extractor;
    private final RecordIndex index;
    private final Duration delay;
    private final Duration maxWait;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean closed;
    private Thread worker;

    Extraction(MemoryStore store, Lifecycle lifecycle, Extractor extractor, RecordIndex index, Duration delay,
            Duration maxWait) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.extractor = extractor;
        this.index = index;
        this.delay = delay;
        this.maxWait = maxWait;
    }

    void start() {
        worker = Thread.ofVirtual().name("memory-extraction").start(this::loop);
    }

    /** When a new event of {@code memory} makes its session due, or empty when no strategy extracts. */
    Optional<Instant> dueFor(Memory memory, Instant now) {
        return ExtractionKinds.extracts(memory) ? Optional.of(now.plus(delay)) : Optional.empty();
    }

    Duration maxWait() {
        return maxWait;
    }

    /** Tells the worker that the schedule changed. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Runs a failed job again, in the background; it disappears when it succeeds. */
    void retry(ExtractionJob job) {
        Thread.ofVirtual().name("memory-extraction-job").start(() -> {
            try {
                rerun(job);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "memory=" + job.memoryId() + " job=" + job.jobId() + " | rerun failed", e);
            }
        });
    }

    private void loop() {
        while (!closed) {
            try {
                for (ExtractionState state : store.dueExtractions(lifecycle.now())) {
                    if (closed) {
                        return;
                    }
                    extract(state);
                }
                long wait = store.nextExtractionDue()
                        .map(due -> Duration.between(lifecycle.now(), due).toMillis()).orElse(MAX_IDLE_MILLIS);
                synchronized (signal) {
                    if (!woken && wait > 0) {
                        signal.wait(Math.min(wait, MAX_IDLE_MILLIS));
                    }
                    woken = false;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.log(Level.ERROR, "long-term extraction failed; retrying in a second", e);
                sleep();
            }
        }
    }

    private void extract(ExtractionState state) {
        Optional<Memory> memory = lifecycle.current(state.memoryId());
        List<Event> events = store.eventsAfter(state.memoryId(), state.actorId(), state.sessionId(),
                state.extractedSeq());
        long through = events.isEmpty() ? state.extractedSeq() : events.getLast().seq();
        if (memory.isPresent() && memory.get().status() == Status.ACTIVE) {
            Conversation conversation = Conversation.of(events);
            if (!conversation.utterances().isEmpty()) {
                for (Strategy strategy : memory.get().strategies()) {
                    Optional<StrategyKind> kind = ExtractionKinds.of(strategy);
                    if (strategy.status() == Status.DELETING || kind.isEmpty()) {
                        continue;
                    }
                    try {
                        run(memory.get(), strategy, kind.get(), state.actorId(), state.sessionId(),
                                conversation.utterances());
                    } catch (RuntimeException e) {
                        failed(memory.get(), strategy, state, conversation, e);
                    }
                }
            }
        }
        store.extracted(state, through);
    }

    private void rerun(ExtractionJob job) {
        Memory memory = lifecycle.current(job.memoryId()).orElseThrow();
        List<Event> events = new ArrayList<>();
        job.messages().stream().map(ExtractionJob.Message::eventId).distinct()
                .forEach(id -> store.event(job.memoryId(), id).ifPresent(events::add));
        Conversation conversation = Conversation.of(events).only(job.messages());
        try {
            Strategy strategy = memory.strategy(job.strategyId()).filter(s -> s.status() != Status.DELETING)
                    .orElseThrow(() -> new IllegalStateException("strategy " + job.strategyId() + " was deleted"));
            run(memory, strategy, ExtractionKinds.of(strategy).orElseThrow(), job.actorId(), job.sessionId(),
                    conversation.utterances());
            store.deleteJob(job.memoryId(), job.jobId());
            LOG.log(Level.INFO, "memory=" + job.memoryId() + " job=" + job.jobId() + " | extraction job succeeded");
        } catch (RuntimeException e) {
            store.putJob(new ExtractionJob(job.memoryId(), job.jobId(), job.strategyId(), job.actorId(),
                    job.sessionId(), reason(e), job.messages(), job.createdAt()));
        }
    }

    /** One strategy over one conversation: new records in each of its namespaces. */
    private void run(Memory memory, Strategy strategy, StrategyKind kind, String actorId, String sessionId,
            List<Utterance> conversation) {
        // A summary covers the whole session and replaces the previous one (the service consolidates it).
        List<Utterance> input = kind == StrategyKind.SUMMARY
                ? Conversation.of(store.eventsAfter(memory.id(), actorId, sessionId, 0)).utterances()
                : conversation;
        for (String template : strategy.namespaces()) {
            String namespace = strategy.namespaceFor(template, actorId, sessionId);
            List<MemoryRecord> previous = kind == StrategyKind.SUMMARY
                    ? store.records(memory.id(), namespace, Optional.of(strategy.id()), -1, 0).stream()
                            .filter(r -> r.namespace().equals(namespace)).toList()
                    : List.of();
            List<String> existing = kind == StrategyKind.SUMMARY ? List.of() : store.recordTexts(memory.id(), namespace);
            List<String> texts = extractor.extract(kind, input, existing);
            if (texts.isEmpty()) {
                continue;
            }
            Instant now = lifecycle.now();
            List<MemoryRecord> records = new ArrayList<>();
            for (String text : texts) {
                records.add(new MemoryRecord(memory.id(), Ids.recordId(), strategy.id(), namespace, text, now, now,
                        Json.object(), Vectors.toBytes(index.embed(text))));
            }
            List<String> replaced = previous.stream().map(MemoryRecord::id).toList();
            if (lifecycle.current(memory.id()).filter(m -> m.status() == Status.ACTIVE).isEmpty()) {
                return; // deleted while the model was answering: nothing to keep
            }
            store.replaceRecords(memory.id(), replaced, records);
            replaced.forEach(id -> index.remove(memory.id(), id));
            records.forEach(index::put);
            LOG.log(Level.INFO, "memory=" + memory.id() + " strategy=" + strategy.id() + " records=" + records.size()
                    + " | extracted");
        }
    }

    private void failed(Memory memory, Strategy strategy, ExtractionState state, Conversation conversation,
            RuntimeException e) {
        LOG.log(Level.WARNING, "memory=" + memory.id() + " strategy=" + strategy.id() + " | extraction failed: "
                + reason(e));
        store.putJob(new ExtractionJob(memory.id(), Ids.jobId(), strategy.id(), state.actorId(), state.sessionId(),
                reason(e), conversation.messages(), lifecycle.now()));
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private static void sleep() {
        try {
            Thread.sleep(MAX_IDLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The conversational messages of some events, in order, with where each came from. */
    record Conversation(List<Utterance> utterances, List<ExtractionJob.Message> messages) {

        static Conversation of(List<Event> events) {
            List<Utterance> utterances = new ArrayList<>();
            List<ExtractionJob.Message> messages = new ArrayList<>();
            for (Event event : events) {
                for (int i = 0; i < event.payload().size(); i++) {
                    JsonNode message = event.payload().get(i).path("conversational");
                    if (message.isObject()) {
                        utterances.add(new Utterance(Utterance.Role.valueOf(message.path("role").asText("OTHER")),
                                message.path("content").path("text").asText()));
                        messages.add(new ExtractionJob.Message(event.eventId(), i));
                    }
                }
            }
            return new Conversation(utterances, messages);
        }

        /** Just the listed messages. */
        Conversation only(List<ExtractionJob.Message> wanted) {
            List<Utterance> u = new ArrayList<>();
            List<ExtractionJob.Message> m = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                if (wanted.contains(messages.get(i))) {
                    u.add(utterances.get(i));
                    m.add(messages.get(i));
                }
            }
            return new Conversation(u, m);
        }
    }
}
