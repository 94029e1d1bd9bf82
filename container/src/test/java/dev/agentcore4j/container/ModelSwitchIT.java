package dev.agentcore4j.container;

import static dev.agentcore4j.container.ContainerFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Usage;
import dev.agentcore4j.model.testkit.ChatCompletionsFormat;
import dev.agentcore4j.model.testkit.ProviderServer;
import dev.agentcore4j.model.testkit.ScriptedReply;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model chosen per session by {@code "model"} in a payload, against a fake OpenAI-compatible server on loopback. */
class ModelSwitchIT {

    @TempDir
    Path data;

    private static ModelProviders openAiAt(ProviderServer openai) {
        return ModelProviders.fromEnvironment(Map.of("OPENAI_BASE_URL", openai.uri() + "/v1",
                "OPENAI_API_KEY", "sk-local-test", "AC4J_OPENAI_MODEL", "llama3.1"));
    }

    @Test
    void a_session_that_asks_for_openai_is_answered_by_it_while_others_stay_on_the_runtimes_model() {
        try (ProviderServer openai = ProviderServer.start(new ChatCompletionsFormat());
             ContainerFixture container = new ContainerFixture(data, c -> c.withProviders(openAiAt(openai)))) {
            openai.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(10, 4), "Hello from ", "the fake server."),
                    ScriptedReply.text(StopReason.END_TURN, Usage.of(11, 3), "Still the fake."),
                    ScriptedReply.text(StopReason.END_TURN, Usage.of(8, 2), "LangChain4j, same fake."));

            JsonNode chosen = ok(container.invoke("model-openai-00000000000000000000000000001",
                    "{\"prompt\": \"Say hello\", \"model\": \"OpenAI\"}"));
            JsonNode plain = ok(container.invoke("model-default-0000000000000000000000000001",
                    "{\"prompt\": \"What is 2 + 2?\"}"));
            JsonNode next = ok(container.invoke("model-openai-00000000000000000000000000001",
                    "{\"prompt\": \"Again, without naming the model\"}"));
            JsonNode lc4j = ok(container.invoke(null,
                    "{\"input\": {\"prompt\": \"Hi\", \"model\": \"openai\", \"engine\": \"langchain4j\"}}"));

            assertThat(chosen.get("response").asText()).isEqualTo("Hello from the fake server.");
            assertThat(chosen.at("/model/provider").asText()).isEqualTo("openai-compatible");
            assertThat(chosen.at("/model/model_id").asText()).isEqualTo("llama3.1");
            assertThat(plain.at("/model/offline").asBoolean()).isTrue();
            assertThat(plain.get("response").asText()).contains("4");
            // the session keeps the model of its first turn
            assertThat(next.get("response").asText()).isEqualTo("Still the fake.");
            assertThat(next.at("/model/provider").asText()).isEqualTo("openai-compatible");
            assertThat(lc4j.get("engine").asText()).isEqualTo("langchain4j");
            assertThat(lc4j.get("response").asText()).isEqualTo("LangChain4j, same fake.");
            assertThat(openai.requests()).hasSize(3);
            assertThat(openai.requests().getLast().header("User-Agent")).hasValue("langchain4j-openai");
            assertThat(ok(container.send("GET", "/sessions/model-openai-00000000000000000000000000001", null))
                    .get("model").asText()).isEqualTo("openai");
            assertThat(ok(container.send("GET", "/agents/info", null)).get("available_models").toString())
                    .isEqualTo("[\"offline\",\"openai\"]");
        }
    }

    @Test
    void a_streamed_turn_ends_with_the_model_that_answered() {
        try (ProviderServer openai = ProviderServer.start(new ChatCompletionsFormat());
             ContainerFixture container = new ContainerFixture(data, c -> c.withProviders(openAiAt(openai)))) {
            openai.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(5, 2), "Streamed."));
            HttpResponse<String> stream = container.invoke("model-stream-000000000000000000000000001",
                    "{\"prompt\": \"Hello\", \"model\": \"openai\", \"stream\": true}");
            String[] frames = stream.body().split("\n\n");
            assertThat(stream.body()).contains("\"text\":\"Streamed.\"");
            assertThat(frames[frames.length - 1]).contains("\"type\":\"finished\"", "\"provider\":\"openai-compatible\"",
                    "\"model_id\":\"llama3.1\"");
        }
    }

    @Test
    void a_session_cannot_change_model_midway() {
        try (ProviderServer openai = ProviderServer.start(new ChatCompletionsFormat());
             ContainerFixture container = new ContainerFixture(data, c -> c.withProviders(openAiAt(openai)))) {
            ok(container.invoke("model-fixed-0000000000000000000000000001", "{\"prompt\": \"Hello\"}"));
            HttpResponse<String> switched = container.invoke("model-fixed-0000000000000000000000000001",
                    "{\"prompt\": \"Hello\", \"model\": \"openai\"}");
            assertThat(switched.statusCode()).isEqualTo(409);
            assertThat(switched.body()).contains("runs on model offline", "start a new session to use openai");
            HttpResponse<String> seed = container.send("POST", "/sessions/model-fixed-0000000000000000000000000001/messages",
                    "{\"message\": \"Hello\", \"model\": \"openai\"}");
            assertThat(seed.statusCode()).isEqualTo(409);
            assertThat(openai.requests()).isEmpty();
        }
    }

    @Test
    void unknown_model_names_are_400_naming_the_models() {
        try (ContainerFixture container = new ContainerFixture(data, c -> c)) {
            HttpResponse<String> unknown = container.invoke(null, "{\"prompt\": \"hi\", \"model\": \"gpt-4o\"}");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("unknown model 'gpt-4o'", "offline, bedrock, openai, anthropic");
            HttpResponse<String> notText = container.invoke(null, "{\"prompt\": \"hi\", \"model\": 3}");
            assertThat(notText.statusCode()).isEqualTo(400);
            assertThat(notText.body()).contains("\\\"model\\\" must be a string");
        }
    }

    @Test
    void a_provider_the_runtime_has_no_settings_for_is_400_naming_the_variables_and_starts_no_session() {
        try (ContainerFixture container = new ContainerFixture(data, c -> c)) {
            HttpResponse<String> openai = container.invoke("model-unset-0000000000000000000000000001",
                    "{\"prompt\": \"hi\", \"model\": \"openai\"}");
            assertThat(openai.statusCode()).isEqualTo(400);
            assertThat(openai.body()).contains("model 'openai' is not configured in this runtime",
                    "OPENAI_BASE_URL", "OPENAI_API_KEY");
            assertThat(container.send("GET", "/sessions/model-unset-0000000000000000000000000001", null).statusCode())
                    .isEqualTo(404);
            HttpResponse<String> anthropic = container.send("POST", "/sessions", "{\"model\": \"anthropic\"}");
            assertThat(anthropic.statusCode()).isEqualTo(400);
            assertThat(anthropic.body()).contains("ANTHROPIC_API_KEY");
            HttpResponse<String> bedrock = container.invoke(null, "{\"prompt\": \"hi\", \"model\": \"bedrock\"}");
            assertThat(bedrock.statusCode()).isEqualTo(400);
            assertThat(bedrock.body()).contains("AWS_REGION", "AWS_DEFAULT_REGION");
            // AgentCore drops a container's 4xx body, so a streamed turn says why in its one error event
            HttpResponse<String> streamed = container.invoke(null, "{\"prompt\": \"hi\", \"model\": \"openai\", \"stream\": true}");
            assertThat(streamed.statusCode()).isEqualTo(200);
            assertThat(streamed.body()).contains("\"type\":\"error\"", "\"status\":400", "OPENAI_BASE_URL")
                    .doesNotContain("finished");
            // the runtime's own model is always there
            assertThat(ok(container.invoke(null, "{\"prompt\": \"hi\", \"model\": \"offline\"}")).at("/model/offline")
                    .asBoolean()).isTrue();
        }
    }
}
