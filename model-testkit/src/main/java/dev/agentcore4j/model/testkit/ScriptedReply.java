package dev.agentcore4j.model.testkit;

import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Usage;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ProviderServer} answers to the next request, provider-neutral: a {@link WireFormat}
 * renders it in the provider's real wire format (SSE chunks, AWS event-stream frames, error bodies).
 */
public sealed interface ScriptedReply {

    /** A complete streamed turn: its parts in order, then the stop reason and the usage. */
    record Turn(List<Part> parts, StopReason stopReason, Usage usage) implements ScriptedReply {
        public Turn {
            parts = List.copyOf(parts);
            Objects.requireNonNull(stopReason, "stopReason");
            Objects.requireNonNull(usage, "usage");
        }
    }

    /** An HTTP error of the given kind, with the provider's own status, error type and message. */
    record Failure(FailureKind kind) implements ScriptedReply {
        public Failure {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The start of a turn with these text chunks, then silence until the client goes away. */
    record Stall(List<String> textChunks) implements ScriptedReply {
        public Stall {
            textChunks = List.copyOf(textChunks);
        }
    }

    /** One block of a scripted turn. */
    sealed interface Part {
    }

    /** Text streamed in these chunks. */
    record Text(List<String> chunks) implements Part {
        public Text {
            chunks = List.copyOf(chunks);
        }
    }

    /** A tool call whose input JSON is streamed in these fragments (they concatenate to an object). */
    record ToolCall(String id, String name, List<String> inputFragments) implements Part {
        public ToolCall {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            inputFragments = List.copyOf(inputFragments);
        }
    }

    /** Reasoning streamed in these chunks, then its signature (formats without signatures drop it). */
    record Reasoning(List<String> chunks, String signature) implements Part {
        public Reasoning {
            chunks = List.copyOf(chunks);
            Objects.requireNonNull(signature, "signature");
        }
    }

    /** The failures every provider maps, each rendered as that provider really reports it. */
    enum FailureKind {
        /** HTTP 429: slow down. */
        THROTTLED,
        /** HTTP 500: the provider failed. */
        SERVER_ERROR,
        /** HTTP 400: the request is wrong. */
        BAD_REQUEST,
        /** HTTP 400: the conversation does not fit the context window. */
        CONTEXT_OVERFLOW
    }

    static Turn text(StopReason stopReason, Usage usage, String... chunks) {
        return new Turn(List.of(new Text(List.of(chunks))), stopReason, usage);
    }

    static Turn toolCall(String id, String name, Usage usage, String... inputFragments) {
        return new Turn(List.of(new ToolCall(id, name, List.of(inputFragments))), StopReason.TOOL_USE, usage);
    }
}
