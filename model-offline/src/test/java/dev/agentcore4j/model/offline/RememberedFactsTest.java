package dev.agentcore4j.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class RememberedFactsTest {

    private static final String SYSTEM = "You are a helpful assistant.\n\nWhat you remember about the user:\n"
            + "- The user's name is Alice.\n- The user's favourite colour is blue.\n- The user likes sushi.\n"
            + "- The user lives in Osaka.\n- ユーザーの名前は田中太郎です。\n- ユーザーはラーメンが好きです。";

    private static String answer(String system, String prompt) {
        OfflineModel model = new OfflineModel();
        StringBuilder text = new StringBuilder();
        model.converse(ModelRequest.of(List.of(Message.user(prompt))).withSystemPrompt(system), event -> {
            if (event instanceof dev.agentcore4j.agent.ModelEvent.TextDelta(String delta)) {
                text.append(delta);
            }
        }, dev.agentcore4j.agent.Cancellation.create());
        return text.toString();
    }

    @Test
    void records_in_the_recalled_section_become_first_person_statements() {
        assertThat(RememberedFacts.statements(SYSTEM)).containsExactly("My name is Alice", "My favourite colour is blue",
                "I like sushi", "私の名前は田中太郎です", "私はラーメンが好きです");
    }

    @Test
    void a_system_prompt_without_the_section_states_nothing() {
        assertThat(RememberedFacts.statements("You are a helpful assistant. The user's name is Bob.")).isEmpty();
    }

    @Test
    void the_offline_model_answers_a_name_question_from_recalled_memory() {
        assertThat(answer("Be helpful.\n\nWhat you remember about the user:\n- The user's name is Alice.", "What is my name?"))
                .contains("Alice");
        assertThat(answer("Be helpful.", "What is my name?")).doesNotContain("Alice");
    }

    @Test
    void what_the_user_says_in_the_conversation_wins_over_what_was_recalled() {
        var model = new OfflineModel();
        StringBuilder text = new StringBuilder();
        model.converse(ModelRequest.of(List.of(Message.user("My name is Carol"), Message.assistant("Hello Carol!"),
                        Message.user("What is my name?")))
                .withSystemPrompt("What you remember about the user:\n- The user's name is Alice."), event -> {
                    if (event instanceof dev.agentcore4j.agent.ModelEvent.TextDelta(String delta)) {
                        text.append(delta);
                    }
                }, dev.agentcore4j.agent.Cancellation.create());
        assertThat(text.toString()).contains("Carol").doesNotContain("Alice");
    }
}
