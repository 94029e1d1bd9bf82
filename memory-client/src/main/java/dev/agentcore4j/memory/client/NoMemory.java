package dev.agentcore4j.memory.client;

import java.util.List;

/** Memory off: the container behaves as it did before memory existed. */
final class NoMemory implements AgentMemory {

    static final NoMemory INSTANCE = new NoMemory();

    private NoMemory() {
    }

    @Override
    public boolean enabled() {
        return false;
    }

    @Override
    public String describe() {
        return "off";
    }

    @Override
    public List<StoredMessage> load(ActorId actor, String sessionId) {
        return List.of();
    }

    @Override
    public void record(ActorId actor, String sessionId, Turn turn) {
    }

    @Override
    public Recall recall(ActorId actor, String query) {
        return Recall.none(query);
    }

    @Override
    public void close() {
    }
}
