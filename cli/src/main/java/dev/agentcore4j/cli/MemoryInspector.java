package dev.agentcore4j.cli;

import dev.agentcore4j.memory.client.ActorId;
import dev.agentcore4j.memory.client.AgentMemory;
import dev.agentcore4j.memory.client.MemoryIds;
import dev.agentcore4j.memory.client.MemoryStrategy;
import dev.agentcore4j.memory.client.Namespaces;
import dev.agentcore4j.memory.client.Recall;
import dev.agentcore4j.memory.client.RecalledRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcore.model.Event;
import software.amazon.awssdk.services.bedrockagentcore.model.ExtractionJobMetadata;
import software.amazon.awssdk.services.bedrockagentcore.model.MemoryRecordSummary;
import software.amazon.awssdk.services.bedrockagentcore.model.SessionSummary;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.Memory;

/**
 * Reads a memory through the official SDK the way {@code memory inspect} shows it: GetMemory,
 * ListActors, ListSessions, ListEvents, ListMemoryRecords, ListMemoryExtractionJobs, and a retrieval
 * through the agent's own memory client, so the query runs exactly as the agent's recall does.
 * Listings are bounded: what is shown, and what is counted for a diagnosis.
 */
final class MemoryInspector {

    static final int ACTORS_SHOWN = 50;
    static final int SESSIONS_SHOWN = 20;
    static final int EVENTS_SHOWN = 5;
    static final int RECORDS_SHOWN = 3;
    static final int SCAN_MAX = 1000;

    private final BedrockAgentCoreControlClient control;
    private final BedrockAgentCoreClient data;
    private final Function<String, AgentMemory> retrieval;
    private final Clock clock;
    private final Duration extractionDelay;

    /** @param retrieval the agent's memory client for a memory id, recalling with no minimum score */
    MemoryInspector(BedrockAgentCoreControlClient control, BedrockAgentCoreClient data,
            Function<String, AgentMemory> retrieval, Clock clock, Duration extractionDelay) {
        this.control = control;
        this.data = data;
        this.retrieval = retrieval;
        this.clock = clock;
        this.extractionDelay = extractionDelay;
    }

    /** Every memory's id (ListMemories), oldest first. */
    List<String> memoryIds() {
        return control.listMemoriesPaginator(b -> b.maxResults(100)).memories().stream()
                .sorted(Comparator.comparing(m -> m.createdAt() == null ? Instant.EPOCH : m.createdAt()))
                .map(m -> m.id()).toList();
    }

    MemoryInspection inspect(String memoryId, Optional<String> actor, Optional<String> session, Optional<String> query,
            double minScore) {
        MemoryInspection.Summary summary = summary(memoryId);
        if (!summary.status().equals("ACTIVE")) {
            // Events and records cannot be read until the memory is ACTIVE; the status is the whole story.
            Optional<MemoryInspection.Query> q = query.map(text -> new MemoryInspection.Query(actor.orElse(ActorId.DEFAULT.value()),
                    text, minScore, List.of(), List.of(), List.of(), RecallDiagnosis.explain(new RecallDiagnosis.Facts(
                            summary.status(), summary.failureReason(), actor.orElse(ActorId.DEFAULT.value()), session, 0,
                            Optional.empty(), List.of(), Map.of(), Map.of(), List.of(), 0, Optional.empty(),
                            minScore, clock.instant(), extractionDelay))));
            return new MemoryInspection(summary, List.of(), 0, q);
        }
        List<String> actorIds = actor.map(List::of).orElseGet(() -> actors(memoryId));
        List<MemoryInspection.Actor> actors = new ArrayList<>();
        for (String id : actorIds.subList(0, Math.min(ACTORS_SHOWN, actorIds.size()))) {
            actors.add(actor(summary, id, session));
        }
        Optional<MemoryInspection.Query> q = query.map(text -> query(summary, actor.orElse(ActorId.DEFAULT.value()),
                session, text, minScore));
        return new MemoryInspection(summary, actors, Math.max(0, actorIds.size() - ACTORS_SHOWN), q);
    }

    private MemoryInspection.Summary summary(String memoryId) {
        Memory memory = control.getMemory(b -> b.memoryId(memoryId)).memory();
        List<MemoryStrategy> strategies = memory.strategies().stream().map(s -> new MemoryStrategy(s.strategyId(),
                String.valueOf(s.typeAsString()), String.valueOf(s.statusAsString()), s.namespaces())).toList();
        return new MemoryInspection.Summary(memory.id(), String.valueOf(memory.name()), String.valueOf(memory.statusAsString()),
                memory.failureReason() == null ? "" : memory.failureReason(),
                memory.eventExpiryDuration() == null ? 0 : memory.eventExpiryDuration(), strategies);
    }

    private List<String> actors(String memoryId) {
        return StreamSupport.stream(data.listActorsPaginator(b -> b.memoryId(memoryId).maxResults(100)).actorSummaries()
                .spliterator(), false).limit(SCAN_MAX).map(a -> a.actorId()).toList();
    }

    private MemoryInspection.Actor actor(MemoryInspection.Summary memory, String actorId, Optional<String> runtimeSession) {
        List<SessionSummary> summaries = runtimeSession
                .map(s -> List.of(SessionSummary.builder().sessionId(MemoryIds.sessionId(s)).actorId(actorId).build()))
                .orElseGet(() -> sessions(memory.id(), actorId));
        List<MemoryInspection.Session> sessions = new ArrayList<>();
        for (SessionSummary summary : summaries.subList(0, Math.min(SESSIONS_SHOWN, summaries.size()))) {
            List<Event> events = events(memory.id(), actorId, summary.sessionId());
            sessions.add(new MemoryInspection.Session(summary.sessionId(), Optional.ofNullable(summary.createdAt()), events.size(),
                    events.isEmpty() ? Optional.empty() : Optional.of(events.getLast().eventTimestamp()),
                    events.subList(Math.max(0, events.size() - EVENTS_SHOWN), events.size()).stream()
                            .map(EventLines::line).toList()));
        }
        List<MemoryInspection.Namespace> namespaces = new ArrayList<>();
        for (MemoryStrategy strategy : memory.strategies()) {
            for (String template : strategy.namespaces()) {
                String namespace = Namespaces.forActor(template, ActorId.of(actorId), strategy.strategyId());
                List<MemoryRecordSummary> records = records(memory.id(), namespace, Optional.of(strategy.strategyId()));
                namespaces.add(new MemoryInspection.Namespace(namespace, strategy.strategyId(), records.size(),
                        records.stream().limit(RECORDS_SHOWN).map(r -> r.content() == null ? "" : r.content().text()).toList()));
            }
        }
        return new MemoryInspection.Actor(actorId, sessions, Math.max(0, summaries.size() - SESSIONS_SHOWN), namespaces);
    }

    private MemoryInspection.Query query(MemoryInspection.Summary memory, String actorId, Optional<String> runtimeSession,
            String text, double minScore) {
        Recall recall;
        try (AgentMemory agentMemory = retrieval.apply(memory.id())) {
            recall = agentMemory.recall(ActorId.of(actorId), text);
        }
        List<RecalledRecord> recalled = recall.records().stream().filter(r -> r.score() >= minScore).toList();
        List<RecalledRecord> below = recall.records().stream().filter(r -> r.score() < minScore).toList();
        List<String> explanation = recalled.isEmpty() ? RecallDiagnosis.explain(facts(memory, actorId, runtimeSession,
                recall, minScore)) : List.of();
        return new MemoryInspection.Query(actorId, text, minScore, recall.namespaces(), recalled, below, explanation);
    }

    private RecallDiagnosis.Facts facts(MemoryInspection.Summary memory, String actorId, Optional<String> runtimeSession,
            Recall recall, double minScore) {
        List<String> sessionIds = runtimeSession.map(s -> List.of(MemoryIds.sessionId(s)))
                .orElseGet(() -> sessions(memory.id(), actorId).stream().map(SessionSummary::sessionId).toList());
        int events = 0;
        Optional<Instant> newest = Optional.empty();
        for (String sessionId : sessionIds) {
            List<Event> list = events(memory.id(), actorId, sessionId);
            events += list.size();
            if (!list.isEmpty() && newest.map(n -> list.getLast().eventTimestamp().isAfter(n)).orElse(true)) {
                newest = Optional.of(list.getLast().eventTimestamp());
            }
        }
        Map<String, Integer> searched = new LinkedHashMap<>();
        for (MemoryStrategy strategy : memory.strategies()) {
            for (String template : strategy.namespaces()) {
                String namespace = Namespaces.forActor(template, ActorId.of(actorId), strategy.strategyId());
                searched.merge(namespace, records(memory.id(), namespace, Optional.of(strategy.strategyId())).size(), Integer::sum);
            }
        }
        Map<String, Integer> elsewhere = new LinkedHashMap<>();
        for (MemoryRecordSummary record : records(memory.id(), "/", Optional.empty())) {
            String namespace = record.hasNamespaces() && !record.namespaces().isEmpty() ? record.namespaces().getFirst() : "";
            if (searched.keySet().stream().noneMatch(namespace::startsWith)) {
                elsewhere.merge(namespace, 1, Integer::sum);
            }
        }
        List<String> failed = new ArrayList<>();
        int pending = 0;
        for (ExtractionJobMetadata job : jobs(memory.id(), actorId)) {
            if ("FAILED".equals(job.statusAsString())) {
                failed.add("job " + job.jobID() + " (" + job.strategyId() + "): " + job.failureReason());
            } else {
                pending++;
            }
        }
        Optional<Double> best = recall.records().stream().map(RecalledRecord::score).max(Double::compare);
        return new RecallDiagnosis.Facts(memory.status(), memory.failureReason(), actorId, runtimeSession, events, newest,
                actors(memory.id()), searched, elsewhere, failed, pending, best, minScore, clock.instant(), extractionDelay);
    }

    private List<SessionSummary> sessions(String memoryId, String actorId) {
        return StreamSupport.stream(data.listSessionsPaginator(b -> b.memoryId(memoryId).actorId(actorId).maxResults(100))
                .sessionSummaries().spliterator(), false).limit(SCAN_MAX).toList();
    }

    private List<Event> events(String memoryId, String actorId, String sessionId) {
        List<Event> events = new ArrayList<>(StreamSupport.stream(data.listEventsPaginator(b -> b.memoryId(memoryId)
                .actorId(actorId).sessionId(sessionId).includePayloads(true).maxResults(100)).events().spliterator(), false)
                .limit(SCAN_MAX).toList());
        events.sort(Comparator.comparing(Event::eventTimestamp).thenComparing(Event::eventId));
        return events;
    }

    private List<MemoryRecordSummary> records(String memoryId, String namespace, Optional<String> strategyId) {
        return StreamSupport.stream(data.listMemoryRecordsPaginator(b -> {
            b.memoryId(memoryId).namespace(namespace).maxResults(100);
            strategyId.ifPresent(b::memoryStrategyId);
        }).memoryRecordSummaries().spliterator(), false).limit(SCAN_MAX).toList();
    }

    private List<ExtractionJobMetadata> jobs(String memoryId, String actorId) {
        return StreamSupport.stream(data.listMemoryExtractionJobsPaginator(b -> b.memoryId(memoryId).maxResults(50)
                .filter(f -> f.actorId(actorId))).jobs().spliterator(), false).limit(SCAN_MAX).toList();
    }
}
