package dev.agentcore4j.container;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Tool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One agent (one conversation) per session id, the least recently used forgotten past a bound.
 * A session's turns run one at a time, as AgentCore serialises a session's invocations.
 */
final class SessionAgents {

    /** A session's agent and the lock its turns take. */
    record Session(Agent agent, ReentrantLock lock) {
    }

    private final ContainerConfig config;
    private final List<Tool> tools;
    private final Map<String, Session> sessions;

    SessionAgents(ContainerConfig config) {
        this.config = config;
        this.tools = List.copyOf(config.tools().get());
        this.sessions = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
                return size() > config.maxSessions();
            }
        };
    }

    /** The session's agent, or a fresh one that is not kept when there is no session id. */
    Session get(Optional<String> sessionId) {
        if (sessionId.isEmpty()) {
            return newSession();
        }
        synchronized (this) {
            return sessions.computeIfAbsent(sessionId.get(), id -> newSession());
        }
    }

    private Session newSession() {
        return new Session(Engines.create(config.engine(), config.model(), tools, config.systemPrompt()),
                new ReentrantLock());
    }

    synchronized int size() {
        return sessions.size();
    }
}
