package dev.agentcore4j.agent;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an agent invocation reports while it runs, delivered through one {@link AgentEventSink}.
 * A closed set: switch over it exhaustively. Every invocation ends with exactly one
 * {@link Finished} or {@link Failed}.
 */
public sealed interface AgentEvent {

    /** A piece of the assistant's answer text. */
    record TextDelta(String text) implements AgentEvent {
        public TextDelta {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A piece of the model's reasoning, for models that expose it. */
    record ReasoningDelta(String text) implements AgentEvent {
        public ReasoningDelta {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A tool is about to run with this input. */
    record ToolCalled(String toolUseId, String name, Map<String, Object> input) implements AgentEvent {
        public ToolCalled {
            Objects.requireNonNull(toolUseId, "toolUseId");
            Objects.requireNonNull(name, "name");
            input = JsonValues.copyObject(input, "input");
        }
    }

    /** A tool finished (or failed, timed out, was vetoed); this is what the model will see. */
    record ToolReturned(String toolUseId, String name, ToolResultStatus status, List<ToolResultContent> content,
                        Duration duration) implements AgentEvent {
        public ToolReturned {
            Objects.requireNonNull(toolUseId, "toolUseId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            content = List.copyOf(content);
            Objects.requireNonNull(duration, "duration");
        }
    }

    /** Token usage of one model call. */
    record UsageReported(Usage usage) implements AgentEvent {
        public UsageReported {
            Objects.requireNonNull(usage, "usage");
        }
    }

    /** The invocation ended (completed, hit the round limit, or was cancelled). */
    record Finished(AgentResult result) implements AgentEvent {
        public Finished {
            Objects.requireNonNull(result, "result");
        }

        public StopReason stopReason() {
            return result.stopReason();
        }

        public Message message() {
            return result.message();
        }

        public Usage usage() {
            return result.usage();
        }
    }

    /** The invocation failed; the same exception is thrown to the caller. */
    record Failed(Throwable error) implements AgentEvent {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
