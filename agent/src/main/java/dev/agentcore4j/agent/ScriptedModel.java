package dev.agentcore4j.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A test harness model that replays a script of turns, one per call, and records the requests it
 * saw. Text is streamed in word-sized deltas so streaming code sees several events; each turn
 * reports {@link #TURN_USAGE}. Calls beyond the script fail with {@link IllegalStateException}.
 *
 * <pre>{@code
 * var model = ScriptedModel.builder()
 *         .turn(Message.of(Role.ASSISTANT, new ContentBlock.ToolUse("t1", "get_time", Map.of())))
 *         .turn(Message.assistant("It is noon."))
 *         .build();
 * }</pre>
 */
public final class ScriptedModel implements Model {

    /** Usage reported for every scripted turn. */
    public static final Usage TURN_USAGE = Usage.of(10, 5);

    private sealed interface Step permits Reply, Fail, Events { }

    private record Reply(Message message, StopReason stopReason) implements Step { }

    private record Fail(RuntimeException error) implements Step { }

    private record Events(List<ModelEvent> events) implements Step { }

    private final List<Step> steps;
    private final List<ModelRequest> requests = new ArrayList<>();

    private ScriptedModel(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Replays these assistant messages in order. */
    public static ScriptedModel of(Message... turns) {
        var builder = builder();
        for (Message turn : turns) {
            builder.turn(turn);
        }
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ModelInfo info() {
        return new ModelInfo("scripted", "scripted", true);
    }

    @Override
    public void converse(ModelRequest request, ModelEventSink sink, Cancellation cancellation) {
        Step step;
        synchronized (this) {
            requests.add(request);
            if (requests.size() > steps.size()) {
                throw new IllegalStateException("script exhausted: call " + requests.size() + " but only "
                        + steps.size() + " turns scripted");
            }
            step = steps.get(requests.size() - 1);
        }
        List<ModelEvent> events = switch (step) {
            case Fail(RuntimeException error) -> throw error;
            case Events(List<ModelEvent> list) -> list;
            case Reply(Message message, StopReason stopReason) -> eventsOf(message, stopReason);
        };
        for (ModelEvent event : events) {
            cancellation.throwIfCancelled();
            sink.accept(event);
        }
    }

    /** The requests seen so far, in order. */
    public synchronized List<ModelRequest> requests() {
        return List.copyOf(requests);
    }

    /** The events a real streaming model would emit for {@code message}. */
    public static List<ModelEvent> eventsOf(Message message, StopReason stopReason) {
        var events = new ArrayList<ModelEvent>();
        events.add(new ModelEvent.MessageStart(Role.ASSISTANT));
        for (ContentBlock block : message.content()) {
            switch (block) {
                case ContentBlock.Text(String text) -> {
                    for (String piece : text.split("(?<= )")) {
                        events.add(new ModelEvent.TextDelta(piece));
                    }
                }
                case ContentBlock.Reasoning r -> {
                    events.add(new ModelEvent.ReasoningDelta(r.text()));
                    r.signature().ifPresent(s -> events.add(new ModelEvent.ReasoningSignature(s)));
                }
                case ContentBlock.ToolUse u -> {
                    events.add(new ModelEvent.ToolUseStart(u.toolUseId(), u.name()));
                    events.add(new ModelEvent.ToolUseStop(u.toolUseId(), u.input()));
                }
                case ContentBlock.ToolResult _, ContentBlock.Image _ ->
                        throw new IllegalArgumentException("an assistant turn cannot contain " + block);
            }
        }
        events.add(new ModelEvent.UsageReport(TURN_USAGE));
        events.add(new ModelEvent.MessageStop(stopReason));
        return events;
    }

    /** Builds a script. */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        private Builder() {
        }

        /** A turn whose stop reason is TOOL_USE if it asks for tools, END_TURN otherwise. */
        public Builder turn(Message message) {
            return turn(message, message.hasToolUse() ? StopReason.TOOL_USE : StopReason.END_TURN);
        }

        public Builder turn(Message message, StopReason stopReason) {
            if (message.role() != Role.ASSISTANT) {
                throw new IllegalArgumentException("scripted turns are assistant messages");
            }
            steps.add(new Reply(message, Objects.requireNonNull(stopReason)));
            return this;
        }

        /** A call that fails with {@code error}. */
        public Builder fail(RuntimeException error) {
            steps.add(new Fail(Objects.requireNonNull(error)));
            return this;
        }

        /** A call that emits exactly these events. */
        public Builder events(List<ModelEvent> events) {
            steps.add(new Events(List.copyOf(events)));
            return this;
        }

        public ScriptedModel build() {
            return new ScriptedModel(steps);
        }
    }
}
