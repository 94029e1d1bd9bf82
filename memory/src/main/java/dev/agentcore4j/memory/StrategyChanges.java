package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * UpdateMemory's {@code memoryStrategies}: strategies added (CREATING), modified (description,
 * namespaces, configuration) and deleted (DELETING until the status delay has passed).
 */
final class StrategyChanges {

    private StrategyChanges() {
    }

    static List<Strategy> apply(Checks checks, JsonNode changes, List<Strategy> current, Instant now) {
        List<Strategy> out = new ArrayList<>(current);
        List<JsonNode> modify = checks.list(changes, "modifyMemoryStrategies", "memoryStrategies.modifyMemoryStrategies",
                false, 0, Integer.MAX_VALUE);
        for (int i = 0; i < modify.size(); i++) {
            String path = "memoryStrategies.modifyMemoryStrategies." + (i + 1) + ".member";
            JsonNode input = modify.get(i);
            find(checks, input, path, out).ifPresent(index -> out.set(index,
                    StrategyInputs.modify(checks, input, path, out.get(index), now)));
        }
        List<JsonNode> delete = checks.list(changes, "deleteMemoryStrategies", "memoryStrategies.deleteMemoryStrategies",
                false, 0, Integer.MAX_VALUE);
        for (int i = 0; i < delete.size(); i++) {
            String path = "memoryStrategies.deleteMemoryStrategies." + (i + 1) + ".member";
            find(checks, delete.get(i), path, out).ifPresent(index ->
                    out.set(index, out.get(index).with(Status.DELETING, now)));
        }
        List<JsonNode> add = checks.list(changes, "addMemoryStrategies", "memoryStrategies.addMemoryStrategies",
                false, 0, Integer.MAX_VALUE);
        for (int i = 0; i < add.size(); i++) {
            StrategyInputs.create(checks, add.get(i), "memoryStrategies.addMemoryStrategies." + (i + 1) + ".member",
                    now).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Integer> find(Checks checks, JsonNode input, String path, List<Strategy> strategies) {
        Optional<String> id = checks.required(input, "memoryStrategyId", path + ".memoryStrategyId");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < strategies.size(); i++) {
            if (strategies.get(i).id().equals(id.get()) && strategies.get(i).status() != Status.DELETING) {
                return Optional.of(i);
            }
        }
        checks.fail(path + ".memoryStrategyId", "Memory strategy " + id.get() + " does not exist in this memory: "
                + "GetMemory lists its strategies");
        return Optional.empty();
    }
}
