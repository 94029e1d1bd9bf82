package dev.agentcore4j.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageModelTest {

    @Test
    void the_assembler_builds_one_text_block_per_run_of_deltas_and_keeps_block_order() {
        var assembler = new MessageAssembler();
        List.of(new ModelEvent.MessageStart(Role.ASSISTANT),
                new ModelEvent.ReasoningDelta("think "), new ModelEvent.ReasoningDelta("hard"), new ModelEvent.ReasoningSignature("sig"),
                new ModelEvent.TextDelta("Let me "), new ModelEvent.TextDelta("check."),
                new ModelEvent.ToolUseStart("t1", "calc"), new ModelEvent.ToolUseDelta("t1", "{\"x\":"),
                new ModelEvent.ToolUseStop("t1", Map.of("x", 1)),
                new ModelEvent.UsageReport(Usage.of(3, 4)), new ModelEvent.UsageReport(Usage.of(1, 0)),
                new ModelEvent.MessageStop(StopReason.TOOL_USE)).forEach(assembler::accept);

        ModelResponse response = assembler.response();

        assertThat(response.message().content()).containsExactly(
                new ContentBlock.Reasoning("think hard", Optional.of("sig")),
                new ContentBlock.Text("Let me check."),
                new ContentBlock.ToolUse("t1", "calc", Map.of("x", 1)));
        assertThat(response.stopReason()).isEqualTo(StopReason.TOOL_USE);
        assertThat(response.usage()).isEqualTo(new Usage(4, 4, 8));
    }

    @Test
    void a_stream_without_a_stop_reason_or_with_an_unfinished_tool_use_is_an_error() {
        var noStop = new MessageAssembler();
        noStop.accept(new ModelEvent.TextDelta("hi"));
        assertThatThrownBy(noStop::response).isInstanceOf(ModelException.class).hasMessageContaining("without a stop reason");

        var unfinished = new MessageAssembler();
        unfinished.accept(new ModelEvent.ToolUseStart("t1", "calc"));
        unfinished.accept(new ModelEvent.MessageStop(StopReason.TOOL_USE));
        assertThatThrownBy(unfinished::response).hasMessageContaining("inside tool use 't1'");
        assertThat(unfinished.partialMessage().content()).isEmpty();
    }

    @Test
    void json_like_values_are_copied_immutable_and_checked() {
        var input = new HashMap<String, Object>();
        input.put("list", new ArrayList<>(List.of(1, "two")));
        input.put("dropped", null);
        var use = new ContentBlock.ToolUse("t1", "x", input);
        input.put("later", true);

        assertThat(use.input()).isEqualTo(Map.of("list", List.of(1, "two")));
        assertThatThrownBy(() -> use.input().put("k", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ContentBlock.ToolUse("t1", "x", Map.of("when", new Object())))
                .hasMessageContaining("input.when is not JSON-like");
        assertThatThrownBy(() -> new AgentState().put("k", Double.NaN)).hasMessageContaining("finite");
    }

    @Test
    void messages_validate_at_construction_and_expose_their_parts() {
        assertThatThrownBy(() -> new ContentBlock.ToolUse(" ", "x", Map.of())).hasMessage("toolUseId must not be blank");
        assertThatThrownBy(() -> new ContentBlock.Image("bmp", new byte[0])).hasMessageContaining("image format");
        assertThat(new ContentBlock.Image("png", new byte[] {1, 2})).isEqualTo(new ContentBlock.Image("png", new byte[] {1, 2}));
        var result = new ContentBlock.ToolResult("t1", List.of(ToolResultContent.text("a"), ToolResultContent.json(Map.of("b", 2))),
                ToolResultStatus.SUCCESS);
        assertThat(result.text()).isEqualTo("a\n{b=2}");
        var message = Message.of(Role.USER, result, new ContentBlock.Text("hi"));
        assertThat(message.toolResults()).containsExactly(result);
        assertThat(message.text()).isEqualTo("hi");
        assertThat(Usage.of(1, 2).add(Usage.of(3, 4))).isEqualTo(new Usage(4, 6, 10));
    }

    @Test
    void the_scripted_model_honours_the_model_contract() {
        ModelContract.verify(ScriptedModel.of(Message.assistant("Hi there"), Message.assistant("never streamed")));
    }

    @Test
    void the_model_contract_catches_a_stream_without_a_stop() {
        var broken = ScriptedModel.builder().events(List.of(new ModelEvent.MessageStart(Role.ASSISTANT),
                new ModelEvent.TextDelta("hi"), new ModelEvent.UsageReport(Usage.of(1, 1)))).build();
        assertThatThrownBy(() -> ModelContract.verify(broken)).isInstanceOf(AssertionError.class)
                .hasMessage("model contract violated: the stream ends with MessageStop");
    }

    @Test
    void a_named_tool_choice_must_name_an_offered_tool() {
        assertThatThrownBy(() -> ModelRequest.of(List.of(Message.user("x"))).withToolChoice(ToolChoice.tool("missing")))
                .hasMessageContaining("no such tool is offered");
    }
}
