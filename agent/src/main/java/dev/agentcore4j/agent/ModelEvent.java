package dev.agentcore4j.agent;

import java.util.Map;
import java.util.Objects;

/**
 * What a streaming model emits, in order: {@link MessageStart}, then deltas and tool uses, then
 * {@link UsageReport} (any time) and finally {@link MessageStop}. Shaped like Bedrock ConverseStream.
 * Providers parse tool input JSON with their own codec and send the complete input in
 * {@link ToolUseStop}; {@link ToolUseDelta} fragments are only for showing progress.
 */
public sealed interface ModelEvent {

    record MessageStart(Role role) implements ModelEvent {
        public MessageStart {
            Objects.requireNonNull(role, "role");
        }
    }

    record TextDelta(String text) implements ModelEvent {
        public TextDelta {
            Objects.requireNonNull(text, "text");
        }
    }

    record ReasoningDelta(String text) implements ModelEvent {
        public ReasoningDelta {
            Objects.requireNonNull(text, "text");
        }
    }

    record ReasoningSignature(String signature) implements ModelEvent {
        public ReasoningSignature {
            Objects.requireNonNull(signature, "signature");
        }
    }

    record ToolUseStart(String toolUseId, String name) implements ModelEvent {
        public ToolUseStart {
            Objects.requireNonNull(toolUseId, "toolUseId");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A fragment of the tool input JSON as the provider streamed it. */
    record ToolUseDelta(String toolUseId, String inputFragment) implements ModelEvent {
        public ToolUseDelta {
            Objects.requireNonNull(toolUseId, "toolUseId");
            Objects.requireNonNull(inputFragment, "inputFragment");
        }
    }

    /** The complete, decoded tool input. */
    record ToolUseStop(String toolUseId, Map<String, Object> input) implements ModelEvent {
        public ToolUseStop {
            Objects.requireNonNull(toolUseId, "toolUseId");
            input = JsonValues.copyObject(input, "input");
        }
    }

    record UsageReport(Usage usage) implements ModelEvent {
        public UsageReport {
            Objects.requireNonNull(usage, "usage");
        }
    }

    record MessageStop(StopReason stopReason) implements ModelEvent {
        public MessageStop {
            Objects.requireNonNull(stopReason, "stopReason");
        }
    }
}
