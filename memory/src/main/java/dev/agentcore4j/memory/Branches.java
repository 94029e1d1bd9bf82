package dev.agentcore4j.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Conversation branches: events without a branch are on {@code main}; a branch starts with an
 * event naming its {@code rootEventId} (the event it forks from) and continues with events that
 * name only the branch. Listing a branch with its parents gives the branch's events and, along the
 * fork chain, the parents' events up to each fork point.
 */
final class Branches {

    private static final Comparator<Event> ORDER = Comparator.comparing(Event::eventTimestamp)
            .thenComparingLong(Event::seq);

    private Branches() {
    }

    /** The branch rules of CreateEvent. */
    static void checkNew(MemoryStore store, String memoryId, String actorId, String sessionId,
            Optional<String> branchName, Optional<String> rootEventId) {
        if (rootEventId.isPresent()) {
            Event root = store.event(memoryId, rootEventId.get()).orElseThrow(() -> MemoryException.notFound(
                    "Root event " + rootEventId.get() + " does not exist in memory " + memoryId));
            if (!root.actorId().equals(actorId) || !root.sessionId().equals(sessionId)) {
                throw MemoryException.validationReason("EventInOtherSession", "Root event " + rootEventId.get()
                        + " belongs to another actor or session: a branch forks from an event of its own session");
            }
            return;
        }
        if (branchName.isPresent() && !branchName.get().equals(Event.MAIN_BRANCH)) {
            boolean exists = store.events(memoryId, actorId, sessionId, Instant.EPOCH, -1, 0).stream()
                    .anyMatch(e -> e.branch().equals(branchName.get()));
            if (!exists) {
                throw MemoryException.validation("branch.rootEventId", "Branch '" + branchName.get()
                        + "' does not exist yet in this session: its first event needs branch.rootEventId, "
                        + "the event it forks from");
            }
        }
    }

    /** The events of {@code branch} (and of its parents up to each fork), in the order given. */
    static List<Event> visible(List<Event> newestFirst, String branch, boolean includeParents) {
        Set<String> ids = new HashSet<>();
        collect(newestFirst, branch, Optional.empty(), includeParents, ids, 0);
        return newestFirst.stream().filter(e -> ids.contains(e.eventId())).toList();
    }

    private static void collect(List<Event> events, String branch, Optional<Event> upTo, boolean parents,
            Set<String> ids, int depth) {
        List<Event> own = events.stream().filter(e -> e.branch().equals(branch))
                .filter(e -> upTo.isEmpty() || ORDER.compare(e, upTo.get()) <= 0).toList();
        own.forEach(e -> ids.add(e.eventId()));
        if (!parents || branch.equals(Event.MAIN_BRANCH) || depth > 100) {
            return;
        }
        Optional<Event> root = own.stream().filter(e -> e.rootEventId().isPresent()).min(ORDER)
                .flatMap(first -> events.stream().filter(e -> e.eventId().equals(first.rootEventId().get())).findFirst());
        root.ifPresent(r -> collect(events, r.branch(), Optional.of(r), true, ids, depth + 1));
    }
}
