package dev.agentcore4j.container;

import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.runtime.ClientError;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One agent (one conversation) per session id, on the engine and model chosen when the session began, the
 * least recently used forgotten past a bound. A forgotten session comes back from memory, when
 * memory is on, on its next turn.
 */
final class SessionAgents {

    private final ContainerConfig config;
    private final List<Tool> tools;
    private final Clock clock;
    private final Map<String, Session> sessions;

    SessionAgents(ContainerConfig config, Clock clock) {
        this.config = config;
        this.tools = List.copyOf(config.tools().get());
        this.clock = clock;
        this.sessions = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
                return size() > config.maxSessions();
            }
        };
    }

    /**
     * The session's agent, started on {@code engine} and {@code model} (or the container's) if the
     * session is new; a fresh agent that is not kept when there is no session id.
     *
     * @throws ClientError 400 when the model is not configured in this runtime; 409 when an existing
     *                     session runs on another engine or model than the one asked for
     */
    Session get(Optional<String> sessionId, Optional<Engine> engine, Optional<String> model) {
        model.ifPresent(this::agents);
        if (sessionId.isEmpty()) {
            return new Session("one-off-" + UUID.randomUUID(), engine.orElse(config.engine()),
                    model.orElse(config.modelName()), false, clock.instant());
        }
        Session session;
        synchronized (this) {
            session = sessions.computeIfAbsent(sessionId.get(), id -> newSession(id, engine, model));
        }
        requireSame(session, engine, model);
        return session;
    }

    /** @throws ClientError 409 when {@code session} runs on another engine or model than the one asked for */
    static void requireSame(Session session, Optional<Engine> engine, Optional<String> model) {
        if (engine.isPresent() && engine.get() != session.engine()) {
            throw new ClientError(409, "session " + session.id() + " runs on engine " + session.engine().id()
                    + "; start a new session to use " + engine.get().id());
        }
        if (model.isPresent() && !model.get().equals(session.model())) {
            throw new ClientError(409, "session " + session.id() + " runs on model " + session.model()
                    + "; start a new session to use " + model.get());
        }
    }

    /**
     * Agents on the model called {@code model}: the runtime's own when it is {@link ContainerConfig#modelName()},
     * else the provider, built on first use.
     *
     * @throws ClientError 400 when the provider is not configured in this runtime
     */
    AgentFactory agents(String model) {
        return model.equals(config.modelName()) ? config.agents() : config.providers().agents(model);
    }

    /**
     * Starts a session under a new id, or under {@code sessionId} when given.
     *
     * @throws ClientError 409 if a session with that id exists; 400 when the model is not configured here
     */
    Session create(Optional<String> sessionId, Optional<Engine> engine, Optional<String> model) {
        model.ifPresent(this::agents);
        String id = sessionId.orElseGet(() -> UUID.randomUUID().toString());
        synchronized (this) {
            if (sessions.containsKey(id)) {
                throw new ClientError(409, "session " + id + " already exists: send messages to it or end it first");
            }
            Session session = newSession(id, engine, model);
            sessions.put(id, session);
            return session;
        }
    }

    /** @throws ClientError 404 naming how to start one when there is no such session */
    Session require(String sessionId) {
        synchronized (this) {
            Session session = sessions.get(sessionId);
            if (session == null) {
                throw new ClientError(404, "no session " + sessionId + ": create one with POST /sessions "
                        + "or {\"action\": \"create_session\"}");
            }
            return session;
        }
    }

    /** Ends (forgets) a session. @throws ClientError 404 when there is no such session */
    Session end(String sessionId) {
        synchronized (this) {
            Session session = sessions.remove(sessionId);
            if (session == null) {
                throw new ClientError(404, "no session " + sessionId + " to end");
            }
            return session;
        }
    }

    synchronized List<Session> list() {
        return List.copyOf(sessions.values());
    }

    synchronized int size() {
        return sessions.size();
    }

    List<Tool> tools() {
        return tools;
    }

    Clock clock() {
        return clock;
    }

    ContainerConfig config() {
        return config;
    }

    private Session newSession(String id, Optional<Engine> engine, Optional<String> model) {
        return new Session(id, engine.orElse(config.engine()), model.orElse(config.modelName()),
                config.memory().enabled(), clock.instant());
    }
}
