package dev.agentcore4j.memory.client;

import java.util.List;
import java.util.Map;

/**
 * The agent's memory: short-term (a session's conversation, as events) and long-term (records the
 * memory's strategies extracted for the actor). One instance serves every session of a container.
 *
 * <pre>{@code
 * AgentMemory memory = AgentMemory.fromEnvironment(System.getenv());  // off unless AC4J_MEMORY_ID is set
 * List<StoredMessage> before = memory.load(actor, sessionId);           // first turn of a new instance
 * Recall recall = memory.recall(actor, prompt);                        // before each turn
 * memory.record(actor, sessionId, new Turn(turnId, messages, start));  // after each turn
 * }</pre>
 *
 * The calls throw {@link MemoryException} when Memory cannot be reached or refuses; the caller
 * decides how a turn goes on without it.
 */
public interface AgentMemory extends AutoCloseable {

    /** No memory: nothing loaded, nothing recorded, nothing recalled. */
    static AgentMemory off() {
        return NoMemory.INSTANCE;
    }

    /**
     * AgentCore Memory as {@link MemoryConfig#fromEnvironment} reads it, or {@link #off()} when
     * {@code AC4J_MEMORY_ID} is unset. No SDK client is built until the first call.
     *
     * @throws IllegalArgumentException naming the variable when the configuration is malformed
     */
    static AgentMemory fromEnvironment(Map<String, String> env) {
        return MemoryConfig.fromEnvironment(env).map(AgentMemory::agentCore).orElseGet(AgentMemory::off);
    }

    /** AgentCore Memory through the AWS SDK; the SDK clients are built on first use, not here. */
    static AgentMemory agentCore(MemoryConfig config) {
        return new AgentCoreMemory(config, new SdkClients(config));
    }

    boolean enabled();

    /** For logs and views: {@code off}, or the memory id. */
    String describe();

    /**
     * The session's conversation so far, oldest first, ready to continue: the last
     * {@link MemoryConfig#maxRestoredMessages()} messages, starting at a user prompt, every tool use
     * followed by its result. Empty for a new session.
     *
     * @param sessionId the runtime session id (mapped by {@link MemoryIds#sessionId})
     */
    List<StoredMessage> load(ActorId actor, String sessionId);

    /** Records each message of the turn as one event, idempotently (see {@link Turn#turnId()}). */
    void record(ActorId actor, String sessionId, Turn turn);

    /** The long-term records relevant to {@code query} in the actor's namespaces, best first. */
    Recall recall(ActorId actor, String query);

    /** Builds the SDK clients and reads the memory's strategies in the background, off the start-up path. */
    default void warmUp() {
    }

    @Override
    void close();
}
