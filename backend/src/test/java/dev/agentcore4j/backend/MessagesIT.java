package dev.agentcore4j.backend;

import static dev.agentcore4j.backend.SessionsIT.assertBad;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.backend.BackendFixture.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /api/sessions/{id}/messages}: a turn streamed as SSE through the mock and the direct port, and logged. */
class MessagesIT {

    @Test
    void mock_mode_streams_a_labelled_canned_answer_and_logs_the_turn() {
        try (BackendFixture backend = new BackendFixture(b -> b.mode(Mode.MOCK))) {
            assertThat(backend.get("/api/config").json().path("mode").asText()).isEqualTo("mock");
            String id = backend.newSession("{}");

            List<JsonNode> events = backend.sse("/api/sessions/" + id + "/messages", "{\"text\": \"Hello there\"}");
            String text = BackendFixture.text(events);
            assertThat(text).startsWith("[mock] ").contains("no model or runtime was called").endsWith("\"Hello there\"");
            assertThat(events.stream().filter(e -> e.path("type").asText().equals("text_delta")).count()).isGreaterThan(5);
            JsonNode finished = events.getLast();
            assertThat(finished.path("type").asText()).isEqualTo("finished");
            assertThat(finished.path("mock").asBoolean()).isTrue();
            assertThat(finished.path("mode").asText()).isEqualTo("mock");
            assertThat(finished.path("session_id").asText()).isEqualTo(id);

            assertThat(backend.sse("/api/sessions/" + id + "/messages", "{\"text\": \"Hello there\"}"))
                    .as("deterministic").isEqualTo(events);
            JsonNode messages = backend.get("/api/sessions/" + id).json().path("messages");
            assertThat(messages).extracting(m -> m.path("role").asText()).containsExactly("user", "assistant", "user", "assistant");
            assertThat(messages.get(1).path("text").asText()).isEqualTo(text);
        }
    }

    @Test
    void direct_mode_runs_the_agent_in_process_with_its_tools_and_logs_the_calls() {
        try (BackendFixture backend = new BackendFixture(b -> b)) {
            assertThat(backend.get("/api/config").json().path("mode").asText()).as("no ARN, not mock").isEqualTo("direct");
            String id = backend.newSession("{\"engine\": \"langchain4j\"}");

            List<JsonNode> events = backend.sse("/api/sessions/" + id + "/messages",
                    "{\"text\": \"What is the weather in Tokyo?\", \"engine\": \"langchain4j\"}");
            JsonNode call = events.stream().filter(e -> e.path("type").asText().equals("tool_call")).findFirst().orElseThrow();
            assertThat(call.path("name").asText()).isEqualTo("get_current_weather");
            assertThat(call.path("input").path("city").asText()).isEqualTo("Tokyo");
            assertThat(events).anyMatch(e -> e.path("type").asText().equals("tool_result")
                    && e.path("status").asText().equals("success"));
            assertThat(BackendFixture.text(events)).contains("Tokyo");
            JsonNode finished = events.getLast();
            assertThat(finished.path("type").asText()).isEqualTo("finished");
            assertThat(finished.path("engine").asText()).isEqualTo("langchain4j");
            assertThat(finished.path("mode").asText()).isEqualTo("direct");
            assertThat(finished.path("usage").path("input_tokens").asInt()).isPositive();

            JsonNode answer = backend.get("/api/sessions/" + id).json().path("messages").get(1);
            assertThat(answer.path("text").asText()).isEqualTo(BackendFixture.text(events));
            assertThat(answer.path("engine").asText()).isEqualTo("langchain4j");
            JsonNode logged = answer.path("toolCalls").get(0);
            assertThat(logged.path("tool").asText()).isEqualTo("get_current_weather");
            assertThat(logged.path("status").asText()).isEqualTo("success");
            assertThat(logged.path("result").get(0).has("text") || logged.path("result").get(0).has("json")).isTrue();

            backend.sse("/api/sessions/" + id + "/messages", "{\"text\": \"My name is Alice.\"}");
            assertThat(BackendFixture.text(backend.sse("/api/sessions/" + id + "/messages", "{\"text\": \"What is my name?\"}")))
                    .as("one conversation per session").contains("Alice");
        }
    }

    @Test
    void direct_mode_continues_a_conversation_from_the_log_after_a_restart_on_both_engines() {
        try (BackendFixture backend = new BackendFixture(b -> b)) {
            String strands = backend.newSession("{\"engine\": \"strands\"}");
            String langchain4j = backend.newSession("{\"engine\": \"langchain4j\"}");
            for (String id : List.of(strands, langchain4j)) {
                backend.sse("/api/sessions/" + id + "/messages", "{\"text\": \"My name is Taro and I love green tea\"}");
            }

            backend.restart();

            for (String id : List.of(strands, langchain4j)) {
                assertThat(BackendFixture.text(backend.sse("/api/sessions/" + id + "/messages", "{\"text\": \"What is my name?\"}")))
                        .as("session %s after the restart", id).isEqualTo("Your name is Taro.");
                assertThat(backend.get("/api/sessions/" + id).json().path("messages")).hasSize(4);
            }
        }
    }

    @Test
    void messages_are_validated_before_the_turn_starts() {
        try (BackendFixture backend = new BackendFixture(b -> b.mode(Mode.MOCK))) {
            String id = backend.newSession("{\"engine\": \"strands\"}");
            String messages = "/api/sessions/" + id + "/messages";
            assertBad(backend.post(messages, "{}"), "\"text\" is required");
            assertBad(backend.post(messages, "{\"text\": \"\"}"), "\"text\" must not be empty");
            assertBad(backend.post(messages, "{\"text\": \"" + "x".repeat(100_001) + "\"}"), "at most 100000 characters");
            assertBad(backend.post(messages, "{\"text\": \"hi\", \"engine\": \"gpt\"}"), "one of strands, langchain4j");
            assertBad(backend.post(messages, "{\"text\": \"hi\", \"stream\": true}"), "unknown field \"stream\"");
            Response other = backend.post(messages, "{\"text\": \"hi\", \"engine\": \"langchain4j\"}");
            assertThat(other.status()).isEqualTo(409);
            assertThat(other.errorMessage()).contains("runs on strands").contains("start a new session");
            assertThat(backend.post("/api/sessions/nope/messages", "{\"text\": \"hi\"}").status()).isEqualTo(404);
            assertThat(backend.get("/api/sessions/" + id).json().path("messageCount").asInt()).isZero();
        }
    }
}
