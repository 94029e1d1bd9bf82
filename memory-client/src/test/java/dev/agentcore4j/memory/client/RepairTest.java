package dev.agentcore4j.memory.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepairTest {

    private static final ContentBlock.ToolUse USE = new ContentBlock.ToolUse("t1", "calculate", Map.of("expression", "2+2"));
    private static final ContentBlock.ToolResult RESULT = new ContentBlock.ToolResult("t1",
            List.of(ToolResultContent.text("4")), ToolResultStatus.SUCCESS);

    private static List<Message> repair(int max, Message... messages) {
        List<StoredMessage> stored = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            stored.add(new StoredMessage(messages[i], Instant.ofEpochSecond(i)));
        }
        return Repair.conversation(stored, max).stream().map(StoredMessage::message).toList();
    }

    @Test
    void a_complete_conversation_is_unchanged() {
        Message[] all = {Message.user("2+2?"), Message.of(Role.ASSISTANT, USE), Message.of(Role.USER, RESULT),
                Message.assistant("4."), Message.user("thanks"), Message.assistant("You're welcome.")};
        assertThat(repair(100, all)).containsExactly(all);
    }

    @Test
    void a_tool_use_whose_result_was_never_recorded_is_dropped() {
        assertThat(repair(100, Message.user("2+2?"), Message.of(Role.ASSISTANT, new ContentBlock.Text("Let me see."), USE),
                Message.user("hello?"))).containsExactly(Message.user("2+2?"), Message.assistant("Let me see."), Message.user("hello?"));
    }

    @Test
    void a_result_without_its_tool_use_is_dropped() {
        assertThat(repair(100, Message.user("hi"), Message.assistant("hello"), Message.of(Role.USER, RESULT),
                Message.assistant("ok"))).containsExactly(Message.user("hi"),
                        Message.of(Role.ASSISTANT, new ContentBlock.Text("hello"), new ContentBlock.Text("ok")));
    }

    @Test
    void a_prompt_whose_turn_failed_is_merged_with_the_next_prompt() {
        assertThat(repair(100, Message.user("first"), Message.user("second"), Message.assistant("answer")))
                .containsExactly(Message.of(Role.USER, new ContentBlock.Text("first"), new ContentBlock.Text("second")),
                        Message.assistant("answer"));
    }

    @Test
    void the_window_keeps_the_last_messages_and_starts_at_a_prompt() {
        List<Message> kept = repair(3, Message.user("one"), Message.assistant("1"), Message.user("two"),
                Message.of(Role.ASSISTANT, USE), Message.of(Role.USER, RESULT), Message.assistant("2"));
        assertThat(kept).first().isEqualTo(Message.user("two"));
        assertThat(kept).hasSize(4);
    }

    @Test
    void a_conversation_never_starts_with_the_assistant() {
        assertThat(repair(100, Message.assistant("orphan"), Message.user("hi"), Message.assistant("hello")))
                .containsExactly(Message.user("hi"), Message.assistant("hello"));
        assertThat(repair(100, Message.assistant("only the assistant"))).isEmpty();
    }
}
