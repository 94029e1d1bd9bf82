package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Short-term memory ({@code bedrock-agentcore}): CreateEvent, GetEvent, ListEvents, DeleteEvent,
 * ListSessions, ListActors. Events are listed newest first, as the service does.
 */
final class Events {

    private final MemoryStore store;
    private final Memories memories;
    private final Lifecycle lifecycle;
    private final Throttle throttle;
    private final Extraction extraction;
    private final AtomicLong seq;

    Events(MemoryStore store, Memories memories, Lifecycle lifecycle, Throttle throttle, Extraction extraction) {
        this.store = store;
        this.memories = memories;
        this.lifecycle = lifecycle;
        this.throttle = throttle;
        this.extraction = extraction;
        this.seq = new AtomicLong(store.lastSeq());
    }

    /** {@code POST /memories/{memoryId}/events} → 201 with the event. */
    Reply create(String memoryId, ObjectNode body) {
        Memory memory = memories.active(memoryId);
        EventInputs input = EventInputs.read(body);
        throttle.take(memoryId);
        Event event;
        synchronized (this) {
            if (input.clientToken().isPresent()) {
                Optional<Event> earlier = store.eventByClientToken(memoryId, input.clientToken().get());
                if (earlier.isPresent()) {
                    if (!earlier.get().requestHash().equals(input.requestHash())) {
                        throw MemoryException.idempotencyMismatch("CreateEvent");
                    }
                    return Reply.created(eventReply(earlier.get()));
                }
            }
            String sessionId = input.sessionId().orElseGet(Ids::sessionId);
            Branches.checkNew(store, memoryId, input.actorId(), sessionId, input.branchName(), input.rootEventId());
            Instant now = lifecycle.now();
            event = new Event(memoryId, Ids.eventId(input.eventTimestamp()), input.actorId(), sessionId,
                    input.eventTimestamp(), seq.incrementAndGet(), now, input.branchName(), input.rootEventId(),
                    input.clientToken(), input.requestHash(), input.body());
            store.insertEvent(event, extraction.dueFor(memory, now), extraction.maxWait().toMillis());
        }
        extraction.wake();
        return Reply.created(eventReply(event));
    }

    /** {@code GET /memories/{memoryId}/actor/{actorId}/sessions/{sessionId}/events/{eventId}}. */
    Reply get(String memoryId, String actorId, String sessionId, String eventId) {
        Memory memory = memories.active(memoryId);
        labels(actorId, sessionId);
        Labels.eventId(eventId);
        throttle.take(memoryId);
        Event event = store.event(memoryId, eventId)
                .filter(e -> e.actorId().equals(actorId) && e.sessionId().equals(sessionId))
                .filter(e -> !e.createdAt().isBefore(expiredBefore(memory)))
                .orElseThrow(() -> MemoryException.notFound("Event " + eventId + " does not exist for actor "
                        + actorId + " in session " + sessionId));
        return Reply.ok(eventReply(event));
    }

    /** {@code POST /memories/{memoryId}/actor/{actorId}/sessions/{sessionId}}: newest first. */
    Reply list(String memoryId, String actorId, String sessionId, ObjectNode body) {
        Memory memory = memories.active(memoryId);
        labels(actorId, sessionId);
        Checks checks = new Checks();
        boolean payloads = checks.bool(body, "includePayloads", "includePayloads").orElse(true);
        Optional<EventFilter> filter = checks.object(body, "filter", "filter", false)
                .map(f -> EventFilter.read(checks, f));
        Paging paging = Paging.of(checks, body, "ListEvents", Constraints.MAX_RESULTS_MAX, Constraints.MAX_RESULTS_MAX);
        checks.check();
        throttle.take(memoryId);
        Instant notBefore = expiredBefore(memory);
        Paging.Page<Event> page;
        if (filter.isPresent()) {
            if (paging.after().isPresent()) {
                throw MemoryException.validation("nextToken", "This nextToken belongs to a ListEvents without a "
                        + "filter: keep the filter of the first page, or start again without nextToken");
            }
            page = paging.page(filter.get().apply(store.events(memoryId, actorId, sessionId, notBefore, -1, 0)));
        } else {
            List<Event> rows = paging.after().isPresent()
                    ? store.eventsBefore(memoryId, actorId, sessionId, notBefore, paging.after().get(), paging.size() + 1)
                    : store.events(memoryId, actorId, sessionId, notBefore, paging.size() + 1, paging.offset());
            page = paging.fetchedByKey(rows, e -> new Paging.Key(e.eventTimestamp().toEpochMilli(), e.seq()));
        }
        ObjectNode out = Json.object();
        ArrayNode events = out.putArray("events");
        page.items().forEach(e -> events.add(e.wire(payloads)));
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return Reply.ok(out);
    }

    /** {@code DELETE .../events/{eventId}}. */
    Reply delete(String memoryId, String actorId, String sessionId, String eventId) {
        memories.active(memoryId);
        labels(actorId, sessionId);
        Labels.eventId(eventId);
        throttle.take(memoryId);
        if (!store.deleteEvent(memoryId, actorId, sessionId, eventId)) {
            throw MemoryException.notFound("Event " + eventId + " does not exist for actor " + actorId
                    + " in session " + sessionId);
        }
        return Reply.ok(Json.object().put("eventId", eventId));
    }

    /** {@code POST /memories/{memoryId}/actor/{actorId}/sessions}: newest first. */
    Reply sessions(String memoryId, String actorId, ObjectNode body) {
        Memory memory = memories.active(memoryId);
        Labels.actorId(actorId);
        Checks checks = new Checks();
        Paging paging = Paging.of(checks, body, "ListSessions", Constraints.MAX_RESULTS_MAX,
                Constraints.MAX_RESULTS_MAX);
        checks.check();
        throttle.take(memoryId);
        Paging.Page<SessionRow> page = paging.fetched(store.sessions(memoryId, actorId, expiredBefore(memory),
                paging.size() + 1, paging.offset()));
        ObjectNode out = Json.object();
        ArrayNode sessions = out.putArray("sessionSummaries");
        page.items().forEach(s -> sessions.addObject().put("sessionId", s.sessionId()).put("actorId", s.actorId())
                .put("createdAt", Json.timestamp(s.createdAt())));
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return Reply.ok(out);
    }

    /** {@code POST /memories/{memoryId}/actors}. */
    Reply actors(String memoryId, ObjectNode body) {
        Memory memory = memories.active(memoryId);
        Checks checks = new Checks();
        Paging paging = Paging.of(checks, body, "ListActors", Constraints.MAX_RESULTS_MAX, Constraints.MAX_RESULTS_MAX);
        checks.check();
        throttle.take(memoryId);
        Paging.Page<String> page = paging.fetched(store.actors(memoryId, expiredBefore(memory), paging.size() + 1,
                paging.offset()));
        ObjectNode out = Json.object();
        ArrayNode actors = out.putArray("actorSummaries");
        page.items().forEach(a -> actors.addObject().put("actorId", a));
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return Reply.ok(out);
    }

    private Instant expiredBefore(Memory memory) {
        return lifecycle.now().minus(Duration.ofDays(memory.eventExpiryDays()));
    }

    private static void labels(String actorId, String sessionId) {
        Labels.actorId(actorId);
        Labels.sessionId(sessionId);
    }

    private static ObjectNode eventReply(Event event) {
        ObjectNode out = Json.object();
        out.set("event", event.wire(true));
        return out;
    }

    /** ListEvents' {@code filter}: a branch (with or without its parents) and metadata conditions. */
    record EventFilter(Optional<String> branch, boolean includeParents, List<MetadataFilter> metadata) {

        static EventFilter read(Checks checks, JsonNode filter) {
            Optional<JsonNode> branch = checks.object(filter, "branch", "filter.branch", false);
            Optional<String> name = branch.flatMap(b -> checks.required(b, "name", "filter.branch.name",
                    Constraints.BRANCH_NAME, 1, Constraints.BRANCH_NAME_MAX));
            boolean parents = branch.flatMap(b -> checks.bool(b, "includeParentBranches",
                    "filter.branch.includeParentBranches")).orElse(true);
            return new EventFilter(name, parents, MetadataFilter.read(checks, filter, "eventMetadata",
                    "filter.eventMetadata", 5));
        }

        /** @param newestFirst every event of the session */
        List<Event> apply(List<Event> newestFirst) {
            List<Event> events = branch.map(b -> Branches.visible(newestFirst, b, includeParents)).orElse(newestFirst);
            return events.stream().filter(e -> MetadataFilter.all(metadata, e.body().path("metadata"))).toList();
        }
    }
}
