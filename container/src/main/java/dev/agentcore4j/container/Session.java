package dev.agentcore4j.container;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.memory.client.ActorId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One conversation: its agent on one engine and one model (made on the first turn, from the conversation memory
 * restores), the lock its turns take (AgentCore serialises a session's invocations), the actor its
 * memory belongs to, what memory recalled for the running turn, and a transcript of what was said
 * with timestamps for the seed API.
 */
final class Session {

    /** A line of the transcript: {@code user} or {@code assistant}, the text, when it was said. */
    record Entry(String role, String content, Instant timestamp) { }

    static final int MAX_TRANSCRIPT = 1000;

    private final String id;
    private final Engine engine;
    private final String model;
    private final boolean remembers;
    private final Instant createdAt;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Entry> transcript = new ArrayList<>();
    private Instant lastActivity;
    // Set on the first turn, under the lock.
    private Agent agent;
    private ActorId actor;
    private volatile String recalled = "";

    /**
     * @param remembers whether memory restores and records this session (memory is on and the
     *                  session has an id of its own, not a one-off turn)
     */
    Session(String id, Engine engine, String model, boolean remembers, Instant createdAt) {
        this.id = id;
        this.engine = engine;
        this.model = model;
        this.remembers = remembers;
        this.createdAt = createdAt;
        this.lastActivity = createdAt;
    }

    String id() {
        return id;
    }

    Engine engine() {
        return engine;
    }

    /** The {@link Models} name the session chose (or the runtime's, {@link ContainerConfig#modelName()}). */
    String model() {
        return model;
    }

    boolean remembers() {
        return remembers;
    }

    ReentrantLock lock() {
        return lock;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The agent, once the first turn made it. */
    synchronized Optional<Agent> agent() {
        return Optional.ofNullable(agent);
    }

    synchronized Optional<ActorId> actor() {
        return Optional.ofNullable(actor);
    }

    synchronized void start(Agent agent) {
        if (this.agent != null) {
            throw new IllegalStateException("session " + id + " has started already");
        }
        this.agent = agent;
    }

    /** Binds the session to the actor its memory belongs to (on its first remembered turn). */
    synchronized void bind(ActorId actor) {
        this.actor = actor;
    }

    /** The recalled-memory section the agent's system prompt ends with during this turn ("" for none). */
    String recalled() {
        return recalled;
    }

    void recalled(String section) {
        this.recalled = section;
    }

    synchronized Instant lastActivity() {
        return lastActivity;
    }

    synchronized void record(String role, String content, Instant at) {
        if (transcript.size() == MAX_TRANSCRIPT) {
            transcript.removeFirst();
        }
        transcript.add(new Entry(role, content, at));
        lastActivity = at;
    }

    synchronized List<Entry> transcript() {
        return List.copyOf(transcript);
    }
}
