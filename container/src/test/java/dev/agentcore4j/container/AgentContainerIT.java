package dev.agentcore4j.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.runtime.RuntimeConfig;
import dev.agentcore4j.runtime.RuntimeServer;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentContainerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION = "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id";

    @TempDir
    Path data;

    private RuntimeServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        ToolsConfig tools = ToolsConfig.defaults().dataDir(data).semanticSearch(false);
        server = AgentContainer.start(RuntimeConfig.defaults().withHost("127.0.0.1").withPort(0),
                ContainerConfig.defaults().withTools(() -> SeedTools.create(tools)));
    }

    @AfterEach
    void stop() {
        server.close();
        client.close();
    }

    private HttpResponse<String> invoke(String session, String body, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/invocations"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Accept", accept);
        if (session != null) {
            request.header(SESSION, session);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ask(String session, String body) throws Exception {
        HttpResponse<String> r = invoke(session, body, "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void a_weather_question_calls_the_weather_tool_and_answers_from_its_result() throws Exception {
        JsonNode answer = ask("s-weather-000000000000000000000000000001", "{\"prompt\":\"東京の天気は？\"}");
        assertThat(answer.at("/tool_calls/0/name").asText()).isEqualTo("get_current_weather");
        assertThat(answer.at("/tool_calls/0/input/city").asText()).isEqualTo("東京");
        assertThat(answer.get("response").asText()).contains("東京");
        assertThat(answer.at("/model/offline").asBoolean()).isTrue();
        assertThat(answer.at("/usage/total_tokens").asInt()).isPositive();
    }

    @Test
    void a_session_remembers_what_was_said_and_another_session_does_not() throws Exception {
        String a = "session-a-0000000000000000000000000000001";
        String b = "session-b-0000000000000000000000000000002";
        ask(a, "{\"prompt\":\"私の名前は田中太郎です\"}");
        assertThat(ask(a, "{\"prompt\":\"私の名前を覚えていますか？\"}").get("response").asText()).contains("田中太郎");
        assertThat(ask(b, "{\"prompt\":\"私の名前を覚えていますか？\"}").get("response").asText()).doesNotContain("田中太郎");
        assertThat(ask(null, "{\"prompt\":\"私の名前を覚えていますか？\"}").get("response").asText()).doesNotContain("田中太郎");
    }

    @Test
    void the_seeds_input_shape_and_converse_messages_are_accepted() throws Exception {
        ask(null, "{\"input\":{\"prompt\":\"My name is Alice\",\"session_id\":\"seed-session\"}}");
        assertThat(ask(null, "{\"input\":{\"instruction\":\"What is my name?\",\"session_id\":\"seed-session\"}}")
                .get("response").asText()).contains("Alice");
        JsonNode converse = ask(null, "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"What is 2 + 3 * 4?\"}]}]}");
        assertThat(converse.at("/tool_calls/0/input/expression").asText()).isEqualTo("2 + 3 * 4");
        assertThat(converse.get("response").asText()).contains("14");
    }

    @Test
    void accept_event_stream_gives_typed_events_ending_with_finished() throws Exception {
        HttpResponse<String> r = invoke("s-stream-0000000000000000000000000000001",
                "{\"prompt\":\"What is the weather in Paris?\"}", "text/event-stream");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        String body = r.body();
        assertThat(body).contains("\"type\":\"tool_call\"", "\"type\":\"tool_result\"", "\"type\":\"text_delta\"");
        assertThat(body.indexOf("\"type\":\"tool_call\"")).isLessThan(body.indexOf("\"type\":\"tool_result\""));
        String[] frames = body.split("\n\n");
        assertThat(frames[frames.length - 1]).startsWith("data: {\"type\":\"finished\"");
        assertThat(invoke(null, "{\"prompt\":\"hi\",\"stream\":true}", "application/json").body()).startsWith("data: ");
    }

    @Test
    void payloads_without_a_prompt_are_rejected_with_the_accepted_shapes() throws Exception {
        HttpResponse<String> none = invoke(null, "{\"question\":\"hi\"}", "application/json");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("no prompt").contains("{\\\"prompt\\\"");
        assertThat(invoke(null, "[\"hi\"]", "application/json").statusCode()).isEqualTo(400);
        assertThat(invoke(null, "{\"prompt\":\"  \"}", "application/json").statusCode()).isEqualTo(400);
    }
}
