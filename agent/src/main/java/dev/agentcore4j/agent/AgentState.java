package dev.agentcore4j.agent;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-agent key/value state that tools and hooks share across invocations; values are JSON-like
 * (Map, List, String, Number, Boolean) so the state can be persisted or sent over the wire. Thread-safe.
 *
 * <pre>{@code
 * context.state().put("last_city", "Tokyo");
 * Optional<String> city = context.state().get("last_city", String.class);
 * }</pre>
 */
public final class AgentState {

    private final ConcurrentHashMap<String, Object> values = new ConcurrentHashMap<>();

    public AgentState() {
    }

    public AgentState(Map<String, ?> initial) {
        initial.forEach(this::put);
    }

    public void put(String key, Object value) {
        requireKey(key);
        values.put(key, JsonValues.copy(value, key));
    }

    public Optional<Object> get(String key) {
        requireKey(key);
        return Optional.ofNullable(values.get(key));
    }

    /** The value if present and of the given type (numbers are not converted). */
    public <T> Optional<T> get(String key, Class<T> type) {
        return get(key).filter(type::isInstance).map(type::cast);
    }

    public Optional<Object> remove(String key) {
        requireKey(key);
        return Optional.ofNullable(values.remove(key));
    }

    /** An immutable copy, sorted by key. */
    public Map<String, Object> snapshot() {
        return Collections.unmodifiableMap(new TreeMap<>(values));
    }

    @Override
    public String toString() {
        return "AgentState" + snapshot().keySet();
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("state key must not be blank");
        }
    }
}
