package dev.agentcore4j.memory.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcore.model.PayloadType;

class EventPayloadsTest {

    private static List<Message> roundTrip(Message message) {
        return EventPayloads.messages(EventPayloads.payload(message));
    }

    @Test
    void a_user_prompt_is_one_conversational_user_item_and_comes_back_the_same() {
        Message prompt = Message.user("My name is Alice");
        List<PayloadType> payload = EventPayloads.payload(prompt);
        assertThat(payload).singleElement().satisfies(item -> {
            assertThat(item.conversational().roleAsString()).isEqualTo("USER");
            assertThat(item.conversational().content().text()).isEqualTo("My name is Alice");
            assertThat(item.blob()).isNull();
        });
        assertThat(roundTrip(prompt)).containsExactly(prompt);
    }

    @Test
    void an_assistant_tool_use_is_kept_whole_in_a_blob_beside_its_readable_text() {
        Message message = Message.of(Role.ASSISTANT, new ContentBlock.Text("Let me check."),
                new ContentBlock.ToolUse("t1", "get_current_weather", Map.of("city", "Tokyo", "days", 3,
                        "detail", Map.of("hourly", true, "ratio", 0.5), "tags", List.of("a", "b"))));
        List<PayloadType> payload = EventPayloads.payload(message);
        assertThat(payload).hasSize(2);
        assertThat(payload.getFirst().conversational().roleAsString()).isEqualTo("ASSISTANT");
        assertThat(payload.get(1).blob().asMap().get("format").asString()).isEqualTo(EventPayloads.FORMAT);
        assertThat(roundTrip(message)).containsExactly(message);
    }

    @Test
    void tool_results_are_readable_as_tool_items_and_restored_with_status_and_json() {
        Message results = Message.of(Role.USER,
                new ContentBlock.ToolResult("t1", List.of(ToolResultContent.text("18.5°C")), ToolResultStatus.SUCCESS),
                new ContentBlock.ToolResult("t2", List.of(ToolResultContent.json(Map.of("error", "unknown city"))),
                        ToolResultStatus.ERROR));
        List<PayloadType> payload = EventPayloads.payload(results);
        assertThat(payload).filteredOn(p -> p.conversational() != null)
                .extracting(p -> p.conversational().roleAsString()).containsExactly("TOOL", "TOOL");
        assertThat(roundTrip(results)).containsExactly(results);
    }

    @Test
    void a_long_answer_is_split_into_pieces_the_service_accepts_and_joined_again() {
        Message answer = Message.assistant("あ".repeat(20_000) + "😀".repeat(5000));
        List<PayloadType> payload = EventPayloads.payload(answer);
        assertThat(payload).hasSize(4).allSatisfy(p ->
                assertThat(p.conversational().content().text().length()).isLessThanOrEqualTo(EventPayloads.TEXT_MAX));
        assertThat(roundTrip(answer)).containsExactly(answer);
    }

    @Test
    void a_huge_tool_result_is_truncated_with_a_marker() {
        Message results = Message.of(Role.USER, new ContentBlock.ToolResult("t1",
                List.of(ToolResultContent.text("x".repeat(50_000))), ToolResultStatus.SUCCESS));
        String text = roundTrip(results).getFirst().toolResults().getFirst().text();
        assertThat(text).hasSize(EventPayloads.TOOL_RESULT_TEXT_MAX + EventPayloads.TRUNCATED.length()).endsWith(EventPayloads.TRUNCATED);
    }

    @Test
    void an_event_from_another_client_with_a_question_and_an_answer_gives_two_messages() {
        List<PayloadType> payload = List.of(
                PayloadType.builder().conversational(c -> c.role("USER").content(t -> t.text("Hi, I am Bob"))).build(),
                PayloadType.builder().conversational(c -> c.role("TOOL").content(t -> t.text("{\"ok\":true}"))).build(),
                PayloadType.builder().conversational(c -> c.role("ASSISTANT").content(t -> t.text("Hello Bob"))).build(),
                PayloadType.builder().conversational(c -> c.role("OTHER").content(t -> t.text("note"))).build());
        assertThat(EventPayloads.messages(payload)).containsExactly(Message.user("Hi, I am Bob"), Message.assistant("Hello Bob"));
    }

    @Test
    void a_message_with_nothing_to_record_has_an_empty_payload() {
        assertThat(EventPayloads.payload(Message.of(Role.ASSISTANT, new ContentBlock.Reasoning("thinking…")))).isEmpty();
    }
}
