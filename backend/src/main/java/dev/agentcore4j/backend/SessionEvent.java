package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * What happens in a session, as the log keeps it: a closed set, appended and never changed. A
 * session's views ({@link SessionState}) are folds over these.
 */
sealed interface SessionEvent {

    /** The event's name in the log and on the wire: its record name. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** Always a session's first event. @param title {@code ""} when none was given */
    record SessionStarted(String engine, String title) implements SessionEvent {
        public SessionStarted {
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(title, "title");
        }
    }

    /** @param role {@code user} or {@code assistant} */
    record MessageAdded(String role, String text, String engine) implements SessionEvent {
        public MessageAdded {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(engine, "engine");
        }
    }

    record ToolCallRequested(String toolUseId, String tool, ObjectNode arguments) implements SessionEvent {
        public ToolCallRequested {
            Objects.requireNonNull(toolUseId, "toolUseId");
            Objects.requireNonNull(tool, "tool");
            arguments = arguments.deepCopy();
        }
    }

    /** @param status {@code success} or {@code error} */
    record ToolCallCompleted(String toolUseId, JsonNode result, String status, long durationMs) implements SessionEvent {
        public ToolCallCompleted {
            Objects.requireNonNull(toolUseId, "toolUseId");
            result = result.deepCopy();
            Objects.requireNonNull(status, "status");
        }
    }

    /** The turn was stopped before the agent finished (the caller went away or pressed stop). */
    record TurnStopped(String reason) implements SessionEvent {
        public TurnStopped {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The turn failed; the message is what the user may see. */
    record TurnFailed(String message) implements SessionEvent {
        public TurnFailed {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Always a session's last event. */
    record SessionEnded(String reason) implements SessionEvent {
        public SessionEnded {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
