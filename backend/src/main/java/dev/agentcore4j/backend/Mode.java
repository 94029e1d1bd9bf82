package dev.agentcore4j.backend;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the backend reaches an agent for {@code POST /api/sessions/{id}/messages}, chosen in the
 * seed's order: {@link #MOCK} when asked for, {@link #AGENTCORE} when a runtime ARN is configured,
 * {@link #DIRECT} otherwise.
 */
public enum Mode {
    /** A deterministic canned answer, streamed and labelled as mock: no model, no runtime. */
    MOCK,
    /** AgentCore Runtime through the AWS SDK's {@code InvokeAgentRuntime} (the twin or AWS). */
    AGENTCORE,
    /** The bundled agent in this process (module container's engines, models and tools). */
    DIRECT;

    /** {@code mock}, {@code agentcore} or {@code direct}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Mode::id).toList();
    }

    /** @throws IllegalArgumentException naming the modes when {@code name} is none of them */
    public static Mode parse(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Mode mode : values()) {
            if (mode.id().equals(wanted)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + (name == null ? "" : name.strip()) + "': use one of "
                + String.join(", ", ids()));
    }
}
