package dev.agentcore4j.agent;

import java.util.Objects;

/** One piece of a tool result: text, or a JSON-like value (Map, List, String, Number, Boolean). */
public sealed interface ToolResultContent {

    /** Plain text returned by a tool. */
    record Text(String text) implements ToolResultContent {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A JSON-like value returned by a tool; copied and made immutable at construction. */
    record Json(Object value) implements ToolResultContent {
        public Json {
            value = JsonValues.copy(value, "json");
        }
    }

    static ToolResultContent text(String text) {
        return new Text(text);
    }

    static ToolResultContent json(Object value) {
        return new Json(value);
    }
}
