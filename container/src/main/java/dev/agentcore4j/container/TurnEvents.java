package dev.agentcore4j.container;

import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.runtime.EventSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one turn's events go: the agent's events, memory's own events ({@code memory_recall},
 * {@code memory_warning}, already in wire shape) and, last, the turn's end with what memory did. A
 * streamed turn sends them as SSE events; a JSON turn collects what its answer needs.
 */
interface TurnEvents {

    /** Any agent event but {@link AgentEvent.Finished}, which waits until memory has recorded the turn. */
    void agent(AgentEvent event);

    void memory(Map<String, Object> event);

    void finished(AgentEvent.Finished finished, Optional<Map<String, Object>> memory);

    /** Each event as one SSE event. */
    static TurnEvents streamed(EventSink sink, String sessionId, Session session) {
        Engine engine = session.engine();
        return new TurnEvents() {
            @Override
            public void agent(AgentEvent event) {
                sink.send(AgentEvents.event(event, sessionId, engine));
            }

            @Override
            public void memory(Map<String, Object> event) {
                sink.send(event);
            }

            @Override
            public void finished(AgentEvent.Finished finished, Optional<Map<String, Object>> memory) {
                Map<String, Object> out = new LinkedHashMap<>(AgentEvents.event(finished, sessionId, engine));
                session.agent().ifPresent(agent -> out.put("model", AgentEvents.model(agent.modelInfo())));
                memory.ifPresent(m -> out.put("memory", m));
                sink.send(out);
            }
        };
    }

    /** Keeps the tool calls and the memory summary for the turn's JSON answer. */
    final class Collected implements TurnEvents {
        final List<Map<String, Object>> toolCalls = new ArrayList<>();
        Optional<Map<String, Object>> memory = Optional.empty();

        @Override
        public void agent(AgentEvent event) {
            if (event instanceof AgentEvent.ToolCalled call) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", call.name());
                entry.put("input", call.input());
                toolCalls.add(entry);
            }
        }

        @Override
        public void memory(Map<String, Object> event) {
        }

        @Override
        public void finished(AgentEvent.Finished finished, Optional<Map<String, Object>> memory) {
            this.memory = memory;
        }
    }
}
