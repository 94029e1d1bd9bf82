package dev.agentcore4j.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A tool the agent called during a scenario run, with the arguments it passed. */
public record ToolCall(String name, Map<String, Object> input) {

    public ToolCall {
        Objects.requireNonNull(name, "name");
        input = Collections.unmodifiableMap(new LinkedHashMap<>(input));
    }
}
