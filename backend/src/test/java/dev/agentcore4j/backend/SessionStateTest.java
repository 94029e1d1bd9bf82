package dev.agentcore4j.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.backend.SessionEvent.MessageAdded;
import dev.agentcore4j.backend.SessionEvent.SessionEnded;
import dev.agentcore4j.backend.SessionEvent.SessionStarted;
import dev.agentcore4j.backend.SessionEvent.ToolCallCompleted;
import dev.agentcore4j.backend.SessionEvent.ToolCallRequested;
import dev.agentcore4j.backend.SessionEvent.TurnFailed;
import dev.agentcore4j.backend.SessionEvent.TurnStopped;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The projection of a session's events into its view, and the store's round trip of every event type. */
class SessionStateTest {

    private static SessionState fold(SessionEvent... events) {
        SessionState state = new SessionState("s");
        for (int i = 0; i < events.length; i++) {
            state.apply(new RecordedEvent("s", i + 1, Instant.ofEpochSecond(i), events[i]));
        }
        return state;
    }

    @Test
    void tool_calls_left_without_an_answer_are_kept_on_an_empty_assistant_message() {
        SessionState state = fold(new SessionStarted("strands", ""), new MessageAdded("user", "one", "strands"),
                new ToolCallRequested("t1", "calculate", Json.object().put("expression", "1+1")),
                new MessageAdded("user", "two", "strands"));
        JsonNode messages = state.detail().path("messages");
        assertThat(messages).extracting(m -> m.path("role").asText()).containsExactly("user", "assistant", "user");
        assertThat(messages.get(1).path("text").asText()).isEmpty();
        assertThat(messages.get(1).path("toolCalls").get(0).path("status").asText()).isEqualTo("pending");
    }

    @Test
    void the_transcript_an_agent_continues_from_has_alternating_non_empty_texts() {
        List<dev.agentcore4j.agent.Message> transcript = fold(new SessionStarted("strands", ""),
                new MessageAdded("user", "one", "strands"),
                new ToolCallRequested("t1", "calculate", Json.object().put("expression", "1+1")),
                new MessageAdded("user", "two", "strands"), new MessageAdded("assistant", "2", "strands"),
                new MessageAdded("user", "three", "strands"), new TurnStopped("client went away")).transcript();
        assertThat(transcript).containsExactly(dev.agentcore4j.agent.Message.user("one\ntwo"),
                dev.agentcore4j.agent.Message.assistant("2"), dev.agentcore4j.agent.Message.user("three"));
    }

    @Test
    void a_failed_turn_without_an_answer_gets_a_failed_assistant_message() {
        JsonNode messages = fold(new SessionStarted("strands", ""), new MessageAdded("user", "hi", "strands"),
                new TurnFailed("the model is down")).detail().path("messages");
        assertThat(messages.get(1).path("failed").asText()).isEqualTo("the model is down");
        assertThat(messages.get(1).path("stopped").asBoolean()).isFalse();
    }

    @Test
    void calls_of_a_turn_in_progress_show_on_an_open_message() {
        JsonNode detail = fold(new SessionStarted("strands", ""), new MessageAdded("user", "hi", "strands"),
                new ToolCallRequested("t1", "get_current_time", Json.object())).detail();
        assertThat(detail.path("messageCount").asInt()).isEqualTo(2);
        assertThat(detail.path("messages").get(1).path("toolCalls").get(0).path("tool").asText()).isEqualTo("get_current_time");
    }

    @Test
    void a_long_first_message_titles_the_session_cut_to_sixty_characters() {
        String question = "Please tell me everything about the weather in Tokyo, Osaka, Kyoto and Sapporo today";
        JsonNode summary = fold(new SessionStarted("strands", ""), new MessageAdded("user", question, "strands")).summary();
        assertThat(summary.path("title").asText()).isEqualTo(question.substring(0, 60).strip() + "…");
    }

    @Test
    void every_event_type_reads_back_from_the_store_as_written() {
        List<SessionEvent> events = List.of(new SessionStarted("langchain4j", "t"), new MessageAdded("user", "hi", "strands"),
                new ToolCallRequested("t1", "calculate", Json.object().put("expression", "2*3")),
                new ToolCallCompleted("t1", Json.array().add(Json.object().put("text", "6")), "success", 4),
                new TurnStopped("stopped"), new TurnFailed("boom"), new SessionEnded("done"));
        for (SessionEvent event : events) {
            SessionEvent back = EventCodec.stored(event.type(), Json.parseStored(Json.write(EventCodec.fields(event))));
            assertThat(back).isEqualTo(event);
        }
    }
}
