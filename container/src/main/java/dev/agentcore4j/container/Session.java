package dev.agentcore4j.container;

import dev.agentcore4j.agent.Agent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One conversation: its agent on one engine, the lock its turns take (AgentCore serialises a
 * session's invocations), and a transcript of what was said with timestamps for the seed API.
 */
final class Session {

    /** A line of the transcript: {@code user} or {@code assistant}, the text, when it was said. */
    record Entry(String role, String content, Instant timestamp) { }

    static final int MAX_TRANSCRIPT = 1000;

    private final String id;
    private final Engine engine;
    private final Agent agent;
    private final Instant createdAt;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Entry> transcript = new ArrayList<>();
    private Instant lastActivity;

    Session(String id, Engine engine, Agent agent, Instant createdAt) {
        this.id = id;
        this.engine = engine;
        this.agent = agent;
        this.createdAt = createdAt;
        this.lastActivity = createdAt;
    }

    String id() {
        return id;
    }

    Engine engine() {
        return engine;
    }

    Agent agent() {
        return agent;
    }

    ReentrantLock lock() {
        return lock;
    }

    Instant createdAt() {
        return createdAt;
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
