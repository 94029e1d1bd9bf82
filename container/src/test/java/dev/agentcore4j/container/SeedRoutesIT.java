package dev.agentcore4j.container;

import static dev.agentcore4j.container.ContainerFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.tools.SeedTools;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedRoutesIT {

    @TempDir
    Path data;

    private ContainerFixture container;

    @BeforeEach
    void start() {
        container = new ContainerFixture(data, c -> c);
    }

    @AfterEach
    void stop() {
        container.close();
    }

    private String newSession(String body) {
        return ok(container.send("POST", "/sessions", body)).get("session_id").asText();
    }

    @Test
    void health_reports_healthy_with_the_engine_model_and_session_count() {
        newSession(null);
        JsonNode health = ok(container.send("GET", "/health", null));
        assertThat(health.get("status").asText()).isEqualTo("healthy");
        assertThat(health.get("engine").asText()).isEqualTo("strands");
        assertThat(health.at("/model/offline").asBoolean()).isTrue();
        assertThat(health.get("active_sessions").asInt()).isEqualTo(1);
        assertThat(health.get("timestamp").asText()).endsWith("Z");
    }

    @Test
    void a_session_is_created_read_listed_and_ended() {
        JsonNode created = ok(container.send("POST", "/sessions", "{}"));
        String id = created.get("session_id").asText();
        assertThat(id).isNotBlank();
        assertThat(created.get("status").asText()).isEqualTo("active");
        assertThat(created.get("engine").asText()).isEqualTo("strands");
        assertThat(created.get("message_count").asInt()).isZero();

        JsonNode read = ok(container.send("GET", "/sessions/" + id, null));
        assertThat(read.get("session_id").asText()).isEqualTo(id);
        assertThat(read.get("created_at").asText()).isEqualTo(created.get("created_at").asText());
        assertThat(ok(container.send("GET", "/sessions", null)).at("/sessions/0/session_id").asText()).isEqualTo(id);

        JsonNode ended = ok(container.send("DELETE", "/sessions/" + id, null));
        assertThat(ended.get("status").asText()).isEqualTo("ended");
        assertThat(container.send("GET", "/sessions/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void messages_sent_to_a_session_are_answered_remembered_and_listed_with_timestamps() {
        String id = newSession("{\"session_id\": \"seed-chat-1\"}");
        assertThat(id).isEqualTo("seed-chat-1");
        JsonNode first = ok(container.send("POST", "/sessions/" + id + "/messages", "{\"message\": \"私の名前は田中太郎です\"}"));
        assertThat(first.get("session_id").asText()).isEqualTo(id);
        JsonNode second = ok(container.send("POST", "/sessions/" + id + "/messages", "{\"message\": \"私の名前を覚えていますか？\"}"));
        assertThat(second.get("response").asText()).contains("田中太郎");

        JsonNode messages = ok(container.send("GET", "/sessions/" + id + "/messages", null));
        assertThat(messages.get("count").asInt()).isEqualTo(4);
        assertThat(messages.at("/messages/0/role").asText()).isEqualTo("user");
        assertThat(messages.at("/messages/0/content").asText()).isEqualTo("私の名前は田中太郎です");
        assertThat(messages.at("/messages/3/role").asText()).isEqualTo("assistant");
        assertThat(messages.at("/messages/3/content").asText()).contains("田中太郎");
        assertThat(messages.at("/messages/0/timestamp").asText()).endsWith("Z");
        assertThat(ok(container.send("GET", "/sessions/" + id, null)).get("message_count").asInt()).isEqualTo(4);
    }

    @Test
    void a_message_can_stream_agent_events() {
        String id = newSession(null);
        HttpResponse<String> stream = container.send("POST", "/sessions/" + id + "/messages",
                "{\"message\": \"What is 15 * 23 + 7?\", \"stream\": true}");
        assertThat(stream.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        assertThat(stream.body()).contains("\"type\":\"tool_call\"", "\"name\":\"calculate\"", "\"type\":\"finished\"");
    }

    @Test
    void a_session_can_start_on_the_langchain4j_engine() {
        JsonNode created = ok(container.send("POST", "/sessions", "{\"engine\": \"LangChain4j\"}"));
        assertThat(created.get("engine").asText()).isEqualTo("langchain4j");
        JsonNode answer = ok(container.send("POST", "/sessions/" + created.get("session_id").asText() + "/messages",
                "{\"message\": \"What's the weather in Tokyo?\"}"));
        assertThat(answer.get("engine").asText()).isEqualTo("langchain4j");
        assertThat(answer.at("/tool_calls/0/name").asText()).isEqualTo("get_current_weather");
        assertThat(answer.get("response").asText()).contains("18.5°C");
    }

    @Test
    void missing_sessions_are_404_naming_how_to_create_one() {
        for (String[] call : new String[][] {{"GET", "/sessions/nope"}, {"GET", "/sessions/nope/messages"},
                {"POST", "/sessions/nope/messages"}, {"DELETE", "/sessions/nope"}}) {
            HttpResponse<String> response = container.send(call[0], call[1], "{\"message\": \"hi\"}");
            assertThat(response.statusCode()).as(call[0] + " " + call[1]).isEqualTo(404);
            assertThat(response.body()).contains("nope");
        }
        assertThat(container.send("GET", "/sessions/nope", null).body()).contains("POST /sessions");
    }

    @Test
    void bad_requests_name_the_fix() {
        HttpResponse<String> engine = container.send("POST", "/sessions", "{\"engine\": \"crewai\"}");
        assertThat(engine.statusCode()).isEqualTo(400);
        assertThat(engine.body()).contains("crewai", "strands", "langchain4j");
        String id = newSession(null);
        HttpResponse<String> empty = container.send("POST", "/sessions/" + id + "/messages", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("message");
        assertThat(container.send("POST", "/sessions", "{\"session_id\": \"" + id + "\"}").statusCode()).isEqualTo(409);
        HttpResponse<String> switched = container.send("POST", "/sessions/" + id + "/messages",
                "{\"message\": \"hi\", \"engine\": \"langchain4j\"}");
        assertThat(switched.statusCode()).isEqualTo(409);
        assertThat(switched.body()).contains("strands", "new session");
        assertThat(container.send("PUT", "/sessions", "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void agent_info_comparison_and_tools_describe_the_agent() {
        JsonNode info = ok(container.send("GET", "/agents/info", null));
        assertThat(info.get("engine").asText()).isEqualTo("strands");
        assertThat(info.get("available_engines")).extracting(JsonNode::asText).containsExactly("strands", "langchain4j");
        assertThat(info.at("/model/provider").asText()).isEqualTo("offline");
        assertThat(info.get("tools")).extracting(JsonNode::asText).containsExactlyElementsOf(SeedTools.NAMES);

        JsonNode comparison = ok(container.send("GET", "/agents/comparison", null));
        assertThat(comparison.get("engines")).extracting(e -> e.get("name").asText()).containsExactly("strands", "langchain4j");
        assertThat(comparison.at("/shared/round_limit").asInt()).isEqualTo(10);

        JsonNode tools = ok(container.send("GET", "/agents/tools", null));
        assertThat(tools.get("count").asInt()).isEqualTo(SeedTools.NAMES.size());
        assertThat(tools.at("/tools/0/input_schema/type").asText()).isEqualTo("object");
    }
}
