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

/** The seed's {@code {"action": …}} payloads through {@code POST /invocations}. */
class SeedActionsIT {

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

    private JsonNode act(String body) {
        return ok(container.invoke(null, body));
    }

    @Test
    void a_session_lives_through_create_send_get_messages_and_end() {
        String id = act("{\"action\": \"create_session\"}").get("session_id").asText();
        JsonNode sent = act("{\"action\": \"send_message\", \"session_id\": \"" + id + "\", \"message\": \"My name is Alice\"}");
        assertThat(sent.get("session_id").asText()).isEqualTo(id);
        JsonNode answer = act("{\"action\": \"send_message\", \"session_id\": \"" + id + "\", \"message\": \"What is my name?\"}");
        assertThat(answer.get("response").asText()).contains("Alice");

        JsonNode session = act("{\"action\": \"get_session\", \"session_id\": \"" + id + "\"}");
        assertThat(session.get("message_count").asInt()).isEqualTo(4);
        JsonNode messages = act("{\"action\": \"get_messages\", \"session_id\": \"" + id + "\"}");
        assertThat(messages.get("messages")).extracting(m -> m.get("role").asText())
                .containsExactly("user", "assistant", "user", "assistant");

        assertThat(act("{\"action\": \"end_session\", \"session_id\": \"" + id + "\"}").get("status").asText()).isEqualTo("ended");
        assertThat(container.invoke(null, "{\"action\": \"get_session\", \"session_id\": \"" + id + "\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void the_session_id_may_come_from_the_runtime_session_header() {
        act("{\"action\": \"create_session\", \"session_id\": \"runtime-session-0000000000000000000001\"}");
        JsonNode session = ok(container.invoke("runtime-session-0000000000000000000001", "{\"action\": \"get_session\"}"));
        assertThat(session.get("session_id").asText()).isEqualTo("runtime-session-0000000000000000000001");
    }

    @Test
    void send_message_streams_when_asked() {
        String id = act("{\"action\": \"create_session\", \"engine\": \"langchain4j\"}").get("session_id").asText();
        HttpResponse<String> stream = container.invoke(null,
                "{\"action\": \"send_message\", \"session_id\": \"" + id + "\", \"message\": \"東京の天気は？\", \"stream\": true}");
        assertThat(stream.body()).contains("\"type\":\"tool_call\"", "\"type\":\"text_delta\"", "\"engine\":\"langchain4j\"");
    }

    @Test
    void agent_info_comparison_tools_and_health_answer() {
        assertThat(act("{\"action\": \"get_agent_info\"}").get("engine").asText()).isEqualTo("strands");
        assertThat(act("{\"action\": \"get_agent_comparison\"}").get("engines")).hasSize(2);
        assertThat(act("{\"action\": \"get_agent_tools\"}").get("tools")).extracting(t -> t.get("name").asText())
                .containsExactlyElementsOf(SeedTools.NAMES);
        assertThat(act("{\"action\": \"health_check\"}").get("status").asText()).isEqualTo("healthy");
    }

    @Test
    void run_benchmark_times_the_prompts_on_each_engine() {
        JsonNode report = act("{\"action\": \"run_benchmark\", \"prompts\": [\"What is 15 * 23 + 7?\", \"Hello\"], \"repeat\": 2}");
        assertThat(report.get("engines")).extracting(JsonNode::asText).containsExactly("strands", "langchain4j");
        assertThat(report.get("runs")).hasSize(8);
        for (JsonNode run : report.get("runs")) {
            assertThat(run.get("latency_ms").asDouble()).isPositive();
            assertThat(run.get("outcome").asText()).isEqualTo("completed");
        }
        assertThat(report.at("/runs/0/tool_calls/0").asText()).isEqualTo("calculate");
        assertThat(report.at("/runs/0/response").asText()).isEqualTo(report.at("/runs/4/response").asText());
        assertThat(report.at("/summary/langchain4j/runs").asInt()).isEqualTo(4);
        assertThat(report.at("/summary/strands/completed").asInt()).isEqualTo(4);
    }

    @Test
    void run_benchmark_checks_its_parameters() {
        assertThat(container.invoke(null, "{\"action\": \"run_benchmark\", \"engines\": [\"autogen\"]}").body())
                .contains("unknown engine 'autogen'", "strands, langchain4j");
        assertThat(container.invoke(null, "{\"action\": \"run_benchmark\", \"repeat\": 50}").statusCode()).isEqualTo(400);
        assertThat(container.invoke(null, "{\"action\": \"run_benchmark\", \"prompts\": [\"\"]}").statusCode()).isEqualTo(400);
    }

    @Test
    void an_unknown_action_is_400_naming_the_valid_ones() {
        HttpResponse<String> response = container.invoke(null, "{\"action\": \"delete_everything\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'delete_everything'");
        SeedActions.ACTIONS.forEach(action -> assertThat(response.body()).contains(action));
        assertThat(container.invoke(null, "{\"action\": 7}").statusCode()).isEqualTo(400);
    }

    @Test
    void session_actions_need_an_existing_session() {
        HttpResponse<String> missing = container.invoke(null, "{\"action\": \"get_messages\", \"session_id\": \"ghost\"}");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("ghost", "create_session");
        assertThat(container.invoke(null, "{\"action\": \"send_message\", \"session_id\": \"ghost\", \"message\": \"hi\"}")
                .statusCode()).isEqualTo(404);
        assertThat(container.invoke(null, "{\"action\": \"end_session\", \"session_id\": \"ghost\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> noId = container.invoke(null, "{\"action\": \"get_session\"}");
        assertThat(noId.statusCode()).isEqualTo(400);
        assertThat(noId.body()).contains("session_id");
    }
}
