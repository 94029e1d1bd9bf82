package dev.agentcore4j.memory.client;

import java.util.List;
import java.util.Objects;

/**
 * One strategy of a memory as GetMemory describes it: its id, type ({@code SEMANTIC},
 * {@code USER_PREFERENCE}, {@code SUMMARIZATION}, …), status and namespace templates.
 */
public record MemoryStrategy(String strategyId, String type, String status, List<String> namespaces) {

    public MemoryStrategy {
        Objects.requireNonNull(strategyId, "strategyId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        namespaces = List.copyOf(namespaces);
    }
}
