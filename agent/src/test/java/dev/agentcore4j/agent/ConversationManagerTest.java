package dev.agentcore4j.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationManagerTest {

    static List<Message> conversationWithTools() {
        return List.of(
                Message.user("q1"), Message.assistant("a1"),
                Message.user("q2"),
                Message.of(Role.ASSISTANT, new ContentBlock.ToolUse("t1", "calc", Map.of())),
                Message.of(Role.USER, new ContentBlock.ToolResult("t1", List.of(ToolResultContent.text("4")), ToolResultStatus.SUCCESS)),
                Message.assistant("a2"),
                Message.user("q3"), Message.assistant("a3"));
    }

    @Test
    void the_sliding_window_keeps_short_conversations_unchanged() {
        var messages = conversationWithTools();
        assertThat(new SlidingWindowConversationManager(8).manage(messages)).isSameAs(messages);
    }

    @Test
    void the_sliding_window_starts_at_a_user_message_and_never_splits_a_tool_use_from_its_result() {
        var messages = conversationWithTools();

        // a window of 4 would start at the tool result (index 4): it moves on to the next plain user message
        assertThat(new SlidingWindowConversationManager(4).manage(messages)).extracting(Message::text).containsExactly("q3", "a3");
        // a window of 6 would start at the assistant message (index 2): the next plain user message is q2
        assertThat(new SlidingWindowConversationManager(6).manage(messages)).first().isEqualTo(Message.user("q2"));
    }

    @Test
    void the_sliding_window_keeps_more_rather_than_break_a_conversation_without_a_safe_start() {
        var messages = List.of(Message.user("q"),
                Message.of(Role.ASSISTANT, new ContentBlock.ToolUse("t1", "calc", Map.of())),
                Message.of(Role.USER, new ContentBlock.ToolResult("t1", List.of(), ToolResultStatus.SUCCESS)),
                Message.assistant("done"));
        assertThat(new SlidingWindowConversationManager(2).manage(messages)).isEqualTo(messages);
    }

    @Test
    void on_overflow_the_sliding_window_halves_and_gives_up_when_nothing_is_left_to_drop() {
        var manager = new SlidingWindowConversationManager(40);
        var overflow = new ContextOverflowException("too long");

        assertThat(manager.reduce(conversationWithTools(), overflow)).first().isEqualTo(Message.user("q3"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> manager.reduce(List.of(Message.user("only")), overflow)).isSameAs(overflow);
    }

    @Test
    void the_summarizing_manager_replaces_old_messages_with_a_model_summary_on_the_first_kept_user_message() {
        var summarizer = ScriptedModel.of(Message.assistant("The user asked q1 and q2; 2+2=4."));
        var manager = new SummarizingConversationManager(summarizer, 6, 2);

        List<Message> managed = manager.manage(conversationWithTools());

        assertThat(managed).hasSize(2);
        assertThat(managed.getFirst().role()).isEqualTo(Role.USER);
        assertThat(managed.getFirst().text()).isEqualTo(SummarizingConversationManager.SUMMARY_PREFIX
                + "The user asked q1 and q2; 2+2=4.q3");
        String prompt = summarizer.requests().getFirst().messages().getFirst().text();
        assertThat(prompt).contains("user: q1", "assistant: [called tool calc with {}]", "user: [tool result success: 4]", "assistant: a2");
        assertThat(summarizer.requests().getFirst().tools()).isEmpty();
    }

    @Test
    void an_agent_with_a_small_window_sends_only_the_window_to_the_model() {
        var model = ScriptedModel.of(Message.assistant("a1"), Message.assistant("a2"), Message.assistant("a3"));
        var agent = Agent.builder().model(model).conversationManager(new SlidingWindowConversationManager(3)).build();
        agent.run("q1");
        agent.run("q2");
        agent.run("q3");

        assertThat(model.requests().get(2).messages()).extracting(Message::text).containsExactly("q2", "a2", "q3");
        assertThat(agent.messages()).extracting(Message::text).containsExactly("q2", "a2", "q3", "a3");
    }
}
