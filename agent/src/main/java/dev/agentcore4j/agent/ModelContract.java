package dev.agentcore4j.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * The behaviour every {@link Model} provider must show, as checks any test can call (JDK only, no
 * test framework needed): each failed check throws {@link AssertionError} naming the rule.
 *
 * <pre>{@code
 * @Test void honours_the_model_contract() {
 *     ModelContract.verify(new OfflineModel());
 *     ModelContract.verifyForcedToolChoice(new OfflineModel());
 * }
 * }</pre>
 */
public final class ModelContract {

    private ModelContract() {
    }

    /** A plain prompt streams a well-formed turn, and an already-cancelled call ends without a turn (two calls). */
    public static void verify(Model model) {
        List<ModelEvent> events = stream(model, ModelRequest.of(List.of(Message.user("Hello"))));
        check(!events.isEmpty() && events.getFirst() instanceof ModelEvent.MessageStart(Role role) && role == Role.ASSISTANT,
                "the stream starts with MessageStart(ASSISTANT)");
        check(events.getLast() instanceof ModelEvent.MessageStop, "the stream ends with MessageStop");
        check(events.stream().filter(ModelEvent.MessageStop.class::isInstance).count() == 1, "exactly one MessageStop");
        check(events.stream().anyMatch(ModelEvent.UsageReport.class::isInstance), "usage is reported");
        var assembler = new MessageAssembler();
        events.forEach(assembler::accept);
        check(!assembler.response().message().content().isEmpty(), "the turn has content");

        var cancelled = Cancellation.create();
        cancelled.cancel();
        var afterCancel = new ArrayList<ModelEvent>();
        try {
            model.converse(ModelRequest.of(List.of(Message.user("Hello"))), afterCancel::add, cancelled);
        } catch (CancellationException expected) {
            // stopping by exception is allowed
        }
        check(afterCancel.stream().noneMatch(ModelEvent.MessageStop.class::isInstance),
                "a call with a cancelled token does not complete a turn");
    }

    /** A request that forces a named tool gets a tool use of that tool and stop reason TOOL_USE. */
    public static void verifyForcedToolChoice(Model model) {
        var spec = new ToolSpec("record_answer", "Records the answer", Map.of("type", "object",
                "properties", Map.of("answer", Map.of("type", "string")), "required", List.of("answer")));
        var request = ModelRequest.of(List.of(Message.user("Say hello through the tool")))
                .withTools(List.of(spec)).withToolChoice(ToolChoice.tool(spec.name()));
        var assembler = new MessageAssembler();
        stream(model, request).forEach(assembler::accept);
        ModelResponse response = assembler.response();
        check(response.stopReason() == StopReason.TOOL_USE, "a forced tool choice stops with TOOL_USE");
        check(response.message().toolUses().stream().anyMatch(u -> u.name().equals(spec.name())),
                "a forced tool choice calls the named tool");
    }

    private static List<ModelEvent> stream(Model model, ModelRequest request) {
        var events = new ArrayList<ModelEvent>();
        model.converse(request, events::add, Cancellation.create());
        return events;
    }

    private static void check(boolean ok, String rule) {
        if (!ok) {
            throw new AssertionError("model contract violated: " + rule);
        }
    }
}
