package dev.agentcore4j.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A test harness sink that records every {@link AgentEvent}; thread-safe.
 *
 * <pre>{@code
 * var sink = new RecordingSink();
 * agent.stream("Hi", sink);
 * assertThat(sink.text()).isEqualTo("Hello!");
 * assertThat(sink.ofType(AgentEvent.ToolCalled.class)).hasSize(1);
 * }</pre>
 */
public final class RecordingSink implements AgentEventSink {

    private final List<AgentEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(AgentEvent event) {
        events.add(event);
    }

    public synchronized List<AgentEvent> events() {
        return List.copyOf(events);
    }

    public synchronized <E extends AgentEvent> List<E> ofType(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** All text deltas joined. */
    public String text() {
        var sb = new StringBuilder();
        ofType(AgentEvent.TextDelta.class).forEach(d -> sb.append(d.text()));
        return sb.toString();
    }

    public Optional<AgentResult> finished() {
        return ofType(AgentEvent.Finished.class).stream().findFirst().map(AgentEvent.Finished::result);
    }

    public synchronized void clear() {
        events.clear();
    }
}
