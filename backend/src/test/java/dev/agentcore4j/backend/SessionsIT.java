package dev.agentcore4j.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.backend.BackendFixture.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions over the event log: lifecycle, appended turns, the raw log, and history across a restart. */
class SessionsIT {

    BackendFixture backend;

    @BeforeEach
    void start() {
        backend = new BackendFixture(b -> b.mode(Mode.MOCK));
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    private static final String TURN = """
            {"events": [
              {"type": "MessageAdded", "role": "user", "text": "What is the weather in Tokyo?"},
              {"type": "ToolCallRequested", "toolUseId": "t1", "tool": "get_current_weather", "arguments": {"city": "Tokyo"}},
              {"type": "ToolCallCompleted", "toolUseId": "t1", "result": [{"text": "Tokyo: 22°C"}], "status": "success", "durationMs": 3},
              {"type": "MessageAdded", "role": "assistant", "text": "It is 22°C in Tokyo.", "engine": "strands"}
            ]}""";

    @Test
    void a_session_is_started_listed_read_and_ended() {
        Response created = backend.post("/api/sessions", "{\"engine\": \"langchain4j\", \"title\": \"Weather\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("sessionId").asText();
        assertThat(id).startsWith("ac4j-").hasSizeBetween(33, 256);
        assertThat(created.json().path("engine").asText()).isEqualTo("langchain4j");
        assertThat(created.json().path("title").asText()).isEqualTo("Weather");
        assertThat(created.json().path("messageCount").asInt()).isZero();
        assertThat(created.json().path("ended").asBoolean()).isFalse();

        String other = backend.newSession("");
        JsonNode list = backend.get("/api/sessions").json().path("sessions");
        assertThat(list).extracting(s -> s.path("sessionId").asText()).containsExactly(other, id);
        assertThat(list.get(0).path("engine").asText()).as("the default engine").isEqualTo("strands");
        assertThat(list.get(0).path("title").asText()).isEqualTo("New session");

        Response ended = backend.delete("/api/sessions/" + id);
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().path("ended").asBoolean()).isTrue();
        assertThat(ended.json().path("runtimeStop").asText()).isEqualTo("skipped");
        assertThat(backend.get("/api/sessions/" + id).json().path("ended").asBoolean()).isTrue();

        Response again = backend.delete("/api/sessions/" + id);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorMessage()).contains("has ended").contains("POST /api/sessions");
        assertThat(backend.post("/api/sessions/" + id + "/events", TURN).status()).isEqualTo(409);
        assertThat(backend.post("/api/sessions/" + id + "/messages", "{\"text\": \"hi\"}").status()).isEqualTo(409);
    }

    @Test
    void an_appended_turn_becomes_messages_with_their_tool_calls_and_the_title() {
        String id = backend.newSession("{}");
        Response appended = backend.post("/api/sessions/" + id + "/events", TURN);
        assertThat(appended.status()).isEqualTo(202);
        assertThat(appended.json().path("appended").asInt()).isEqualTo(4);
        assertThat(appended.json().path("lastSeq").asInt()).isEqualTo(5);

        JsonNode session = backend.get("/api/sessions/" + id).json();
        assertThat(session.path("title").asText()).isEqualTo("What is the weather in Tokyo?");
        assertThat(session.path("messageCount").asInt()).isEqualTo(2);
        JsonNode user = session.path("messages").get(0);
        assertThat(user.path("role").asText()).isEqualTo("user");
        assertThat(user.path("engine").asText()).as("the session's engine when none is given").isEqualTo("strands");
        JsonNode answer = session.path("messages").get(1);
        assertThat(answer.path("text").asText()).isEqualTo("It is 22°C in Tokyo.");
        assertThat(answer.path("stopped").asBoolean()).isFalse();
        JsonNode call = answer.path("toolCalls").get(0);
        assertThat(call.path("tool").asText()).isEqualTo("get_current_weather");
        assertThat(call.path("arguments").path("city").asText()).isEqualTo("Tokyo");
        assertThat(call.path("result").get(0).path("text").asText()).isEqualTo("Tokyo: 22°C");
        assertThat(call.path("durationMs").asInt()).isEqualTo(3);
        assertThat(call.path("status").asText()).isEqualTo("success");
    }

    @Test
    void a_stopped_turn_keeps_what_arrived_and_its_unfinished_tool_call() {
        String id = backend.newSession("{}");
        assertThat(backend.post("/api/sessions/" + id + "/events", """
                {"events": [
                  {"type": "MessageAdded", "role": "user", "text": "Weather in Tokyo and the time there?"},
                  {"type": "ToolCallRequested", "toolUseId": "t1", "tool": "get_current_time", "arguments": {"city": "Tokyo"}},
                  {"type": "MessageAdded", "role": "assistant", "text": "Let me"},
                  {"type": "TurnStopped"}
                ]}""").status()).isEqualTo(202);

        JsonNode answer = backend.get("/api/sessions/" + id).json().path("messages").get(1);
        assertThat(answer.path("text").asText()).isEqualTo("Let me");
        assertThat(answer.path("stopped").asBoolean()).isTrue();
        assertThat(answer.path("toolCalls").get(0).path("status").asText()).isEqualTo("pending");
        assertThat(answer.path("toolCalls").get(0).has("result")).isFalse();

        Response late = backend.post("/api/sessions/" + id + "/events", """
                {"events": [{"type": "ToolCallCompleted", "toolUseId": "t1", "result": "12:00", "status": "error", "durationMs": 0}]}""");
        assertThat(late.status()).isEqualTo(202);
        assertThat(backend.get("/api/sessions/" + id).json().path("messages").get(1).path("toolCalls").get(0)
                .path("status").asText()).isEqualTo("error");
    }

    @Test
    void the_raw_log_has_gapless_sequence_numbers_and_timestamps() {
        String id = backend.newSession("{\"title\": \"Log\"}");
        backend.post("/api/sessions/" + id + "/events", TURN);
        backend.delete("/api/sessions/" + id);

        JsonNode events = backend.get("/api/sessions/" + id + "/events").json().path("events");
        List<String> types = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).path("seq").asInt()).isEqualTo(i + 1);
            assertThat(events.get(i).path("at").asText()).endsWith("Z");
            types.add(events.get(i).path("type").asText());
        }
        assertThat(types).containsExactly("SessionStarted", "MessageAdded", "ToolCallRequested", "ToolCallCompleted",
                "MessageAdded", "SessionEnded");
        assertThat(events.get(0).path("title").asText()).isEqualTo("Log");
        assertThat(events.get(2).path("arguments").path("city").asText()).isEqualTo("Tokyo");

        JsonNode after = backend.get("/api/sessions/" + id + "/events?after=4").json().path("events");
        assertThat(after).extracting(e -> e.path("seq").asInt()).containsExactly(5, 6);
    }

    @Test
    void history_survives_closing_and_reopening_the_store() {
        String id = backend.newSession("{\"engine\": \"langchain4j\"}");
        backend.post("/api/sessions/" + id + "/events", TURN);
        String ended = backend.newSession("{}");
        backend.delete("/api/sessions/" + ended);
        JsonNode before = backend.get("/api/sessions/" + id).json();

        backend.restart();

        assertThat(backend.get("/api/sessions/" + id).json()).isEqualTo(before);
        assertThat(backend.get("/api/sessions/" + ended).json().path("ended").asBoolean()).isTrue();
        assertThat(backend.get("/api/sessions").json().path("sessions")).hasSize(2);
        Response more = backend.post("/api/sessions/" + id + "/events",
                "{\"events\": [{\"type\": \"MessageAdded\", \"role\": \"user\", \"text\": \"And Osaka?\"}]}");
        assertThat(more.json().path("lastSeq").asInt()).as("numbering goes on after the restart").isEqualTo(6);
    }

    @Test
    void appended_events_are_validated_all_or_none() {
        String id = backend.newSession("{}");
        String events = "/api/sessions/" + id + "/events";
        assertBad(backend.post(events, "{}"), "\"events\" must be a list of 1 to 1000 events");
        assertBad(backend.post(events, "{\"events\": []}"), "\"events\" must be a list");
        assertBad(backend.post(events, "{\"events\": [{\"type\": \"SessionEnded\"}]}"),
                "events[0].type must be one of MessageAdded, ToolCallRequested, ToolCallCompleted, TurnStopped, TurnFailed",
                "DELETE /api/sessions/{id}");
        assertBad(backend.post(events, "{\"events\": [{\"type\": \"MessageAdded\", \"role\": \"system\", \"text\": \"x\"}]}"),
                "\"events[0].role\" must be one of user, assistant");
        assertBad(backend.post(events, "{\"events\": [{\"type\": \"MessageAdded\", \"role\": \"user\", \"text\": \"  \"}]}"),
                "\"events[0].text\" must not be empty");
        assertBad(backend.post(events, "{\"events\": [{\"type\": \"MessageAdded\", \"role\": \"user\", \"text\": \"x\", \"engine\": \"gpt\"}]}"),
                "\"events[0].engine\" must be one of strands, langchain4j");
        assertBad(backend.post(events, "{\"events\": [{\"type\": \"MessageAdded\", \"role\": \"user\", \"text\": \"x\", \"colour\": 1}]}"),
                "unknown field \"events[0].colour\"");
        assertBad(backend.post(events, "{\"events\": [{\"type\": \"ToolCallRequested\", \"toolUseId\": \"t\", \"tool\": \"x\", \"arguments\": []}]}"),
                "\"events[0].arguments\" must be an object, got a list");
        assertBad(backend.post(events, "{\"events\": [{\"type\": \"ToolCallCompleted\", \"toolUseId\": \"nope\", \"result\": 1, \"status\": \"success\", \"durationMs\": 1}]}"),
                "events[0].toolUseId \"nope\" has no open ToolCallRequested");
        assertBad(backend.post(events, "{\"events\": [{\"type\": \"ToolCallCompleted\", \"toolUseId\": \"t\", \"result\": 1, \"status\": \"success\", \"durationMs\": -1}]}"),
                "\"events[0].durationMs\" must be between 0");
        assertBad(backend.post(events, """
                {"events": [{"type": "MessageAdded", "role": "user", "text": "fine"},
                            {"type": "ToolCallRequested", "toolUseId": "t", "tool": "x", "arguments": {}},
                            {"type": "ToolCallRequested", "toolUseId": "t", "tool": "x", "arguments": {}}]}"""),
                "events[2].toolUseId \"t\" is already requested");
        assertBad(backend.post(events, "[1, 2]"), "must be a JSON object");
        assertThat(backend.post(events, "{\"events\": ").errorCode()).isEqualTo("invalid_json");

        assertThat(backend.get("/api/sessions/" + id).json().path("messageCount").asInt())
                .as("nothing of a refused request was appended").isZero();
        assertBad(backend.get(events + "?after=x"), "\"after\" must be a sequence number");
        assertBad(backend.get(events + "?since=1"), "unknown query parameter \"since\"");
    }

    @Test
    void sessions_are_validated_at_the_door() {
        assertBad(backend.post("/api/sessions", "{\"engine\": \"gpt\"}"), "\"engine\" must be one of strands, langchain4j");
        assertBad(backend.post("/api/sessions", "{\"engine\": 3}"), "\"engine\" must be a string, got a number");
        assertBad(backend.post("/api/sessions", "{\"title\": \"" + "x".repeat(201) + "\"}"), "at most 200 characters");
        assertBad(backend.post("/api/sessions", "{\"name\": \"x\"}"), "unknown field \"name\": the fields here are engine, title");

        Response missing = backend.get("/api/sessions/ac4j-00000000-0000-0000-0000-000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorMessage()).contains("GET /api/sessions");
        assertThat(backend.delete("/api/sessions/nope").status()).isEqualTo(404);
        assertThat(backend.get("/api/sessions/nope/events").status()).isEqualTo(404);
        assertThat(backend.post("/api/sessions/nope/events", TURN).status()).isEqualTo(404);
    }

    static void assertBad(Response response, String... fragments) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCode()).isIn("invalid_request", "invalid_json");
        assertThat(response.errorMessage()).contains(fragments);
    }
}
