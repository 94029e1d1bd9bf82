package dev.agentcore4j.memory.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecallTest {

    @Test
    void the_section_is_a_delimited_list_under_its_heading() {
        Recall recall = new Recall("what is my name?", List.of("/users/alice/facts"), List.of(
                new RecalledRecord("mem-1", "The user's name is Alice.", 0.82, "/users/alice/facts", "facts-1"),
                new RecalledRecord("mem-2", "The user likes\nsushi.", 0.41, "/users/alice/preferences", "prefs-1")));
        assertThat(recall.section()).isEqualTo("\n\nWhat you remember about the user:\n- The user's name is Alice.\n- The user likes sushi.");
    }

    @Test
    void nothing_recalled_adds_nothing() {
        assertThat(Recall.none("hi").section()).isEmpty();
        assertThat(Recall.none("hi").isEmpty()).isTrue();
    }
}
