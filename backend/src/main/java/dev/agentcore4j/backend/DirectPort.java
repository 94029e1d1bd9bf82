package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.container.Engine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The bundled agent in this process: one agent (one conversation) per session, on the session's
 * engine, with the model the settings name when the session's first turn runs; the least recently
 * used forgotten past a bound, as in the container. A conversation lives in memory only: after a
 * restart the log still shows the history, and the agent starts afresh.
 */
final class DirectPort implements AgentPort {

    static final int MAX_SESSIONS = 1000;

    private final LiveSettings settings;
    private final List<Tool> tools;
    private final Map<String, Agent> agents = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Agent> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    DirectPort(LiveSettings settings, List<Tool> tools) {
        this.settings = settings;
        this.tools = List.copyOf(tools);
    }

    @Override
    public Mode mode() {
        return Mode.DIRECT;
    }

    @Override
    public void turn(Turn turn, Consumer<ObjectNode> events, Cancellation cancellation) {
        Agent agent;
        synchronized (agents) {
            agent = agents.computeIfAbsent(turn.sessionId(), id -> settings.agents()
                    .create(Engine.parse(turn.engine()), tools, ContainerConfig.DEFAULT_SYSTEM_PROMPT));
        }
        agent.stream(Message.user(turn.text()), event -> events.accept(WireEvents.of(event, turn.sessionId(), turn.engine())),
                cancellation);
    }

    @Override
    public String end(String sessionId) {
        synchronized (agents) {
            agents.remove(sessionId);
        }
        return "skipped";
    }
}
