package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.backend.SessionEvent.SessionEnded;
import dev.agentcore4j.backend.SessionEvent.SessionStarted;
import dev.agentcore4j.backend.SessionEvent.ToolCallCompleted;
import dev.agentcore4j.backend.SessionEvent.ToolCallRequested;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The event-sourced session log: every change is an event appended to the store (durable when the
 * call returns); the views are projections ({@link SessionState}) rebuilt from the whole log at
 * start and updated on each append.
 */
final class SessionLog {

    private final Store store;
    private final Clock clock;
    private final Map<String, SessionState> states = new LinkedHashMap<>();

    SessionLog(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        for (RecordedEvent event : store.allEvents()) {
            states.computeIfAbsent(event.sessionId(), SessionState::new).apply(event);
        }
    }

    /** Starts a session under a new id: {@code ac4j-} and a UUID, 41 characters (a valid runtime session id). */
    synchronized ObjectNode start(String engine, String title) {
        String sessionId = "ac4j-" + UUID.randomUUID();
        SessionState state = new SessionState(sessionId);
        write(state, List.of(new SessionStarted(engine, title)));
        states.put(sessionId, state);
        return state.summary();
    }

    /**
     * Appends events to a live session, all or none.
     *
     * @throws ApiException 404 for an unknown session, 409 for an ended one, 400 for a tool call id
     *                      that is already open (requested, not completed) or not open to complete
     */
    synchronized long append(String sessionId, List<SessionEvent> events) {
        SessionState state = live(sessionId);
        write(state, checked(state, events, true));
        return state.lastSeq();
    }

    /**
     * Appends what a server-side turn produced: tool events that do not fit the session (an id
     * still open from a stopped turn, say) are dropped rather than refused, so the turn is kept.
     */
    synchronized void appendLenient(String sessionId, List<SessionEvent> events) {
        SessionState state = states.get(sessionId);
        if (state != null && !state.ended()) {
            write(state, checked(state, events, false));
        }
    }

    private static List<SessionEvent> checked(SessionState state, List<SessionEvent> events, boolean strict) {
        Set<String> opened = new HashSet<>();
        Set<String> closed = new HashSet<>();
        List<SessionEvent> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            SessionEvent event = events.get(i);
            String problem = switch (event) {
                case ToolCallRequested e when isOpen(state, opened, closed, e.toolUseId()) -> "events[" + i
                        + "].toolUseId \"" + e.toolUseId() + "\" is already requested and not completed: complete it "
                        + "first or use a new id";
                case ToolCallCompleted e when !isOpen(state, opened, closed, e.toolUseId()) -> "events[" + i
                        + "].toolUseId \"" + e.toolUseId() + "\" has no open ToolCallRequested in this session: "
                        + "request it first";
                default -> "";
            };
            if (!problem.isEmpty()) {
                if (strict) {
                    throw ApiException.invalid(problem);
                }
                continue;
            }
            switch (event) {
                case ToolCallRequested e -> {
                    opened.add(e.toolUseId());
                    closed.remove(e.toolUseId());
                }
                case ToolCallCompleted e -> {
                    opened.remove(e.toolUseId());
                    closed.add(e.toolUseId());
                }
                default -> { }
            }
            out.add(event);
        }
        return out;
    }

    private static boolean isOpen(SessionState state, Set<String> opened, Set<String> closed, String id) {
        return opened.contains(id) || (state.isOpen(id) && !closed.contains(id));
    }

    /** Appends SessionEnded. @throws ApiException 404 unknown, 409 already ended */
    synchronized ObjectNode end(String sessionId, String reason) {
        SessionState state = live(sessionId);
        write(state, List.of(new SessionEnded(reason)));
        return state.summary();
    }

    /** Every session, the most recently updated first. */
    synchronized List<ObjectNode> summaries() {
        return states.values().stream().sorted(Comparator.comparing(SessionState::updatedAt).reversed()
                .thenComparing(SessionState::sessionId)).map(SessionState::summary).toList();
    }

    synchronized ObjectNode detail(String sessionId) {
        return existing(sessionId).detail();
    }

    synchronized ObjectNode summary(String sessionId) {
        return existing(sessionId).summary();
    }

    /** The session's conversation, text only, for an agent that continues it (see {@link SessionState#transcript}). */
    synchronized List<dev.agentcore4j.agent.Message> transcript(String sessionId) {
        return existing(sessionId).transcript();
    }

    /** The session's engine, checking it exists and has not ended. */
    synchronized String liveEngine(String sessionId) {
        return live(sessionId).engine();
    }

    /** The raw log after {@code afterSeq}, read from the store. */
    List<RecordedEvent> events(String sessionId, long afterSeq) {
        synchronized (this) {
            existing(sessionId);
        }
        return store.events(sessionId, afterSeq);
    }

    private SessionState existing(String sessionId) {
        SessionState state = states.get(sessionId);
        if (state == null) {
            throw ApiException.notFound("no session " + sessionId + ": list them with GET /api/sessions, "
                    + "start one with POST /api/sessions");
        }
        return state;
    }

    private SessionState live(String sessionId) {
        SessionState state = existing(sessionId);
        if (state.ended()) {
            throw ApiException.conflict("session " + sessionId + " has ended: start a new one with POST /api/sessions");
        }
        return state;
    }

    private void write(SessionState state, List<SessionEvent> events) {
        List<RecordedEvent> recorded = new ArrayList<>();
        long seq = state.lastSeq();
        for (SessionEvent event : events) {
            recorded.add(new RecordedEvent(state.sessionId(), ++seq, clock.instant(), event));
        }
        store.append(recorded);
        recorded.forEach(state::apply);
    }
}
