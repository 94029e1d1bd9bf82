package dev.agentcore4j.container;

import static dev.agentcore4j.container.ContainerFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Usage;
import dev.agentcore4j.model.testkit.ChatCompletionsFormat;
import dev.agentcore4j.model.testkit.ProviderServer;
import dev.agentcore4j.model.testkit.RecordedRequest;
import dev.agentcore4j.model.testkit.ScriptedReply;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container with AC4J_MODEL=openai talking to a fake OpenAI-compatible server on a loopback port. */
class OpenAiModelContainerIT {

    @TempDir
    Path data;

    @Test
    void a_container_configured_for_openai_answers_with_the_servers_streamed_text_on_both_engines() throws Exception {
        try (ProviderServer openai = ProviderServer.start(new ChatCompletionsFormat())) {
            openai.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(12, 5), "Hello from ", "the fake server."),
                    ScriptedReply.text(StopReason.END_TURN, Usage.of(9, 4), "Same model, ", "other engine."));
            ContainerConfig configured = ContainerConfig.fromEnvironment(Map.of("AC4J_MODEL", "openai",
                    "OPENAI_BASE_URL", openai.uri() + "/v1", "OPENAI_API_KEY", "sk-local-test",
                    "AC4J_OPENAI_MODEL", "llama3.1"));

            try (ContainerFixture container = new ContainerFixture(data,
                    c -> c.withModel(configured.model()).withAgents(configured.agents()))) {
                JsonNode strands = ok(container.invoke("openai-strands-0000000000000000000000001",
                        "{\"prompt\": \"Say hello\"}"));
                JsonNode lc4j = ok(container.invoke("openai-lc4j-00000000000000000000000000001",
                        "{\"prompt\": \"Say it again\", \"engine\": \"langchain4j\"}"));

                assertThat(strands.get("response").asText()).isEqualTo("Hello from the fake server.");
                assertThat(strands.get("engine").asText()).isEqualTo("strands");
                assertThat(strands.at("/model/provider").asText()).isEqualTo("openai-compatible");
                assertThat(strands.at("/model/model_id").asText()).isEqualTo("llama3.1");
                assertThat(strands.at("/model/offline").asBoolean()).isFalse();
                assertThat(strands.at("/usage/input_tokens").asLong()).isEqualTo(12);
                assertThat(lc4j.get("response").asText()).isEqualTo("Same model, other engine.");
                assertThat(lc4j.get("engine").asText()).isEqualTo("langchain4j");
            }
            assertThat(openai.requests()).hasSize(2);
            RecordedRequest first = openai.requests().getFirst();
            assertThat(first.path()).isEqualTo("/v1/chat/completions");
            assertThat(first.header("Authorization")).contains("Bearer sk-local-test");
            JsonNode body = ContainerFixture.JSON.readTree(first.body());
            assertThat(body.get("model").asText()).isEqualTo("llama3.1");
            assertThat(body.get("stream").asBoolean()).isTrue();
            assertThat(body.get("messages").toString()).contains("Say hello");
            assertThat(ContainerFixture.JSON.readTree(openai.requests().getLast().body()).get("messages").toString())
                    .contains("Say it again");
            // The LangChain4j engine talks through LangChain4j's own OpenAI module, the Strands loop through ours.
            // The LangChain4j engine talks through LangChain4j's own OpenAI module, the Strands loop through ours.
            assertThat(openai.requests().getLast().header("User-Agent")).hasValue("langchain4j-openai");
            assertThat(first.header("User-Agent")).hasValueSatisfying(agent -> assertThat(agent).doesNotContain("langchain4j"));
        }
    }
}
