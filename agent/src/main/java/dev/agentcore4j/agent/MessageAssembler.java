package dev.agentcore4j.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the assistant {@link Message} from a {@link ModelEvent} stream: consecutive text deltas make
 * one text block, reasoning deltas one reasoning block, each tool use one block in stream order.
 * The one place events become a message; the agent and {@link Model#converse(ModelRequest)} use it.
 * Not thread-safe (a stream is delivered on one thread).
 */
public final class MessageAssembler implements ModelEventSink {

    private sealed interface Part permits TextPart, ReasoningPart, ToolPart { }

    private record TextPart(StringBuilder text) implements Part { }

    private static final class ReasoningPart implements Part {
        final StringBuilder text = new StringBuilder();
        String signature;
    }

    private static final class ToolPart implements Part {
        final String id;
        final String name;
        Map<String, Object> input;

        ToolPart(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    private final List<Part> parts = new ArrayList<>();
    private Usage usage = Usage.ZERO;
    private StopReason stopReason;

    @Override
    public void accept(ModelEvent event) {
        switch (event) {
            case ModelEvent.MessageStart _ -> { }
            case ModelEvent.TextDelta(String text) -> {
                if (parts.isEmpty() || !(parts.getLast() instanceof TextPart(StringBuilder sb))) {
                    parts.add(new TextPart(new StringBuilder(text)));
                } else {
                    sb.append(text);
                }
            }
            case ModelEvent.ReasoningDelta(String text) -> reasoning().text.append(text);
            case ModelEvent.ReasoningSignature(String signature) -> reasoning().signature = signature;
            case ModelEvent.ToolUseStart(String id, String name) -> parts.add(new ToolPart(id, name));
            case ModelEvent.ToolUseDelta _ -> { }
            case ModelEvent.ToolUseStop(String id, Map<String, Object> input) -> tool(id).input = input;
            case ModelEvent.UsageReport(Usage u) -> usage = usage.add(u);
            case ModelEvent.MessageStop(StopReason reason) -> stopReason = reason;
        }
    }

    /** The stop reason, once {@link ModelEvent.MessageStop} has arrived. */
    public Optional<StopReason> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    public Usage usage() {
        return usage;
    }

    /** What has arrived so far; tool uses whose input is incomplete are left out. */
    public Message partialMessage() {
        var blocks = new ArrayList<ContentBlock>();
        for (Part part : parts) {
            switch (part) {
                case TextPart(StringBuilder sb) -> blocks.add(new ContentBlock.Text(sb.toString()));
                case ReasoningPart r -> blocks.add(new ContentBlock.Reasoning(r.text.toString(),
                        Optional.ofNullable(r.signature)));
                case ToolPart t -> {
                    if (t.input != null) {
                        blocks.add(new ContentBlock.ToolUse(t.id, t.name, t.input));
                    }
                }
            }
        }
        return new Message(Role.ASSISTANT, blocks);
    }

    /**
     * The complete turn.
     *
     * @throws ModelException if the stream ended without a stop reason or with an unfinished tool use
     */
    public ModelResponse response() {
        if (stopReason == null) {
            throw new ModelException("the model stream ended without a stop reason", true);
        }
        for (Part part : parts) {
            if (part instanceof ToolPart t && t.input == null) {
                throw new ModelException("the model stream ended inside tool use '" + t.id + "'", true);
            }
        }
        return new ModelResponse(partialMessage(), stopReason, usage);
    }

    private ReasoningPart reasoning() {
        if (!parts.isEmpty() && parts.getLast() instanceof ReasoningPart r) {
            return r;
        }
        var r = new ReasoningPart();
        parts.add(r);
        return r;
    }

    private ToolPart tool(String id) {
        for (Part part : parts) {
            if (part instanceof ToolPart t && t.id.equals(id)) {
                return t;
            }
        }
        throw new ModelException("tool use '" + id + "' stopped before it started", false);
    }
}
