package dev.agentcore4j.container;

import static dev.agentcore4j.container.ContainerFixture.JSON;
import static dev.agentcore4j.container.ContainerFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.memory.client.AgentMemory;
import dev.agentcore4j.memory.client.MemoryConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/** Memory configured but unreachable (a loopback port nobody listens on): turns go on and say so. */
class MemoryUnavailableIT {

    private static final String SESSION = "memory-down-session-000000000000000000001";

    @TempDir
    Path data;

    private static AgentMemory unreachableMemory() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return AgentMemory.agentCore(MemoryConfig.of("ac4j_demo_memory-AbCdE12345")
                .withEndpoint(URI.create("http://127.0.0.1:" + port)).withRegion(Optional.of("us-east-1"))
                .withCredentials(AwsBasicCredentials.create("local", "local")));
    }

    @Test
    void a_turn_answers_and_lists_a_warning_for_each_memory_call_that_failed() throws Exception {
        AgentMemory memory = unreachableMemory();
        try (ContainerFixture container = new ContainerFixture(data, c -> c.withMemory(memory))) {
            JsonNode first = ok(container.invoke(SESSION, "{\"prompt\": \"My name is Alice\", \"actorId\": \"alice\"}"));
            assertThat(first.path("response").asText()).contains("Alice");
            JsonNode report = first.path("memory");
            assertThat(report.path("actor_id").asText()).isEqualTo("alice");
            assertThat(report.path("recorded").asBoolean()).isFalse();
            assertThat(report.path("restored_messages").asInt()).isZero();
            assertThat(report.path("warnings")).extracting(JsonNode::asText).hasSize(3)
                    .anySatisfy(w -> assertThat(w).contains("could not be loaded"))
                    .anySatisfy(w -> assertThat(w).contains("could not be searched"))
                    .anySatisfy(w -> assertThat(w).contains("could not be recorded"));
            // this instance still holds the conversation
            JsonNode second = ok(container.invoke(SESSION, "{\"prompt\": \"What is my name?\", \"actorId\": \"alice\"}"));
            assertThat(second.path("response").asText()).contains("Alice");
            assertThat(second.path("memory").path("warnings")).hasSize(2);
        }
    }

    @Test
    void a_streamed_turn_sends_memory_warnings_and_finishes_with_what_memory_did() throws Exception {
        AgentMemory memory = unreachableMemory();
        try (ContainerFixture container = new ContainerFixture(data, c -> c.withMemory(memory))) {
            HttpResponse<String> response = container.invoke(SESSION, "{\"prompt\": \"What is 15 * 23 + 7?\", \"stream\": true}");
            assertThat(response.statusCode()).isEqualTo(200);
            List<JsonNode> events = events(response.body());
            assertThat(events).extracting(e -> e.path("type").asText())
                    .startsWith("memory_warning", "memory_warning").contains("tool_call", "text_delta", "memory_warning")
                    .endsWith("finished");
            assertThat(events.stream().filter(e -> e.path("type").asText().equals("memory_warning")))
                    .extracting(e -> e.path("operation").asText()).containsExactly("load", "recall", "record");
            JsonNode finished = events.getLast();
            assertThat(finished.path("memory").path("actor_id").asText()).isEqualTo("default_actor");
            assertThat(finished.path("memory").path("recorded").asBoolean()).isFalse();
            assertThat(events.toString()).doesNotContain("127.0.0.1").doesNotContain("Exception");
        }
    }

    @Test
    void an_actor_id_memory_would_refuse_is_a_400_naming_the_field() throws Exception {
        AgentMemory memory = unreachableMemory();
        try (ContainerFixture container = new ContainerFixture(data, c -> c.withMemory(memory))) {
            HttpResponse<String> response = container.invoke(SESSION, "{\"prompt\": \"Hi\", \"actorId\": \"alice@example.com\"}");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("error").asText())
                    .startsWith("\"actorId\":").contains("alice@example.com").contains("user-42");
            // streamed, the reason comes as the one error event (AgentCore would turn a 400 into a bare 424)
            HttpResponse<String> streamed = container.invoke(SESSION,
                    "{\"prompt\": \"Hi\", \"actorId\": \"alice@example.com\", \"stream\": true}");
            assertThat(streamed.statusCode()).isEqualTo(200);
            assertThat(streamed.body()).contains("\"type\":\"error\"", "\"status\":400", "alice@example.com")
                    .doesNotContain("finished");
        }
    }

    @Test
    void a_session_stays_with_the_actor_of_its_first_turn() throws Exception {
        AgentMemory memory = unreachableMemory();
        try (ContainerFixture container = new ContainerFixture(data, c -> c.withMemory(memory))) {
            ok(container.invoke(SESSION, "{\"prompt\": \"My name is Alice\", \"actorId\": \"alice\"}"));
            HttpResponse<String> other = container.invoke(SESSION, "{\"prompt\": \"What is her name?\", \"actorId\": \"mallory\"}");
            assertThat(other.statusCode()).isEqualTo(409);
            assertThat(other.body()).contains("belongs to another user's memory").contains("new session id")
                    .doesNotContain("alice");
        }
    }

    @Test
    void without_memory_an_answer_has_no_memory_report_and_any_actor_field_is_ignored() throws Exception {
        try (ContainerFixture container = new ContainerFixture(data, c -> c)) {
            JsonNode answer = ok(container.invoke(SESSION, "{\"prompt\": \"Hi\", \"actorId\": \"alice@example.com\"}"));
            assertThat(answer.has("memory")).isFalse();
        }
    }

    static List<JsonNode> events(String sse) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : sse.split("\n")) {
            if (line.startsWith("data: ")) {
                out.add(JSON.readTree(line.substring("data: ".length())));
            }
        }
        return out;
    }
}
