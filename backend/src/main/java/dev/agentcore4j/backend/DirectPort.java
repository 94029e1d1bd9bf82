package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.container.Engine;
import dev.agentcore4j.agent.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The bundled agent in this process: one agent (one conversation) per session, on the session's
 * engine, with the model the settings name when the session's first turn runs; the least recently
 * used forgotten past a bound, as in the container. An agent created for a session that already has
 * a history in the log (after a restart, or after it was forgotten) continues it: the log's transcript
 * up to the prompt of the running turn is its conversation (text only; tool calls are not replayed).
 */
final class DirectPort implements AgentPort {

    static final int MAX_SESSIONS = 1000;

    private final LiveSettings settings;
    private final List<Tool> tools;
    private final Function<String, List<Message>> transcripts;
    private final Map<String, Agent> agents = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Agent> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    DirectPort(LiveSettings settings, List<Tool> tools, Function<String, List<Message>> transcripts) {
        this.settings = settings;
        this.tools = List.copyOf(tools);
        this.transcripts = transcripts;
    }

    @Override
    public Mode mode() {
        return Mode.DIRECT;
    }

    @Override
    public void turn(Turn turn, Consumer<ObjectNode> events, Cancellation cancellation) {
        Agent agent;
        synchronized (agents) {
            agent = agents.computeIfAbsent(turn.sessionId(), id -> settings.agents().create(Engine.parse(turn.engine()),
                    tools, () -> ContainerConfig.DEFAULT_SYSTEM_PROMPT, history(id, turn.text())));
        }
        agent.stream(Message.user(turn.text()), event -> events.accept(WireEvents.of(event, turn.sessionId(), turn.engine())),
                cancellation);
    }

    /** The log's transcript before this turn: the log already holds the running turn's prompt, last. */
    private List<Message> history(String sessionId, String prompt) {
        List<Message> transcript = new ArrayList<>(transcripts.apply(sessionId));
        if (!transcript.isEmpty() && transcript.getLast().role() == Role.USER) {
            transcript.removeLast();
        }
        return transcript;
    }

    @Override
    public String end(String sessionId) {
        synchronized (agents) {
            agents.remove(sessionId);
        }
        return "skipped";
    }
}
