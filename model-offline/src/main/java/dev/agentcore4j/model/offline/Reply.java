package dev.agentcore4j.model.offline;

import java.util.List;

/** What the offline model decided to say: text, or tool calls. */
sealed interface Reply {

    record Text(String text) implements Reply { }

    record Calls(List<ToolCall> calls) implements Reply {
        public Calls {
            calls = List.copyOf(calls);
        }
    }
}
