package dev.agentcore4j.container;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The agent engines the container can host. Both run the same model and tools behind the same
 * {@link dev.agentcore4j.agent.Agent} port; see docs/engines.md.
 *
 * <pre>{@code Engine engine = Engine.parse("LangChain4j"); // Engine.LANGCHAIN4J}</pre>
 */
public enum Engine {
    /** The Strands-style loop of the agent module ({@code Agent.builder()}). */
    STRANDS,
    /** The same port built on LangChain4j (module engine-langchain4j). */
    LANGCHAIN4J;

    /** The name used in config, payloads and reports: {@code strands} or {@code langchain4j}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every engine's {@link #id()}, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Engine::id).toList();
    }

    /**
     * Reads an engine name, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the valid engines when {@code name} is none of them
     */
    public static Engine parse(String name) {
        String wanted = name == null ? "" : name.strip();
        for (Engine engine : values()) {
            if (engine.id().equalsIgnoreCase(wanted)) {
                return engine;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + wanted + "': use one of " + String.join(", ", ids()));
    }
}
