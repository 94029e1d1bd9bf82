package dev.agentcore4j.model.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.ModelResponse;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Usage;
import dev.agentcore4j.model.testkit.AbstractModelProviderIT;
import dev.agentcore4j.model.testkit.ChatCompletionsFormat;
import dev.agentcore4j.model.testkit.ProviderServer;
import dev.agentcore4j.model.testkit.RecordedRequest;
import dev.agentcore4j.model.testkit.ScriptedReply;
import dev.agentcore4j.model.testkit.SentRequest;
import dev.agentcore4j.model.testkit.SseFrames;
import dev.agentcore4j.model.testkit.WireFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenAiModelIT extends AbstractModelProviderIT {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected WireFormat wireFormat() {
        return new ChatCompletionsFormat();
    }

    @Override
    protected Model createModel(URI serverUri) {
        return OpenAiModel.create(OpenAiConfig.defaults().withBaseUrl(URI.create(serverUri + "/v1"))
                .withApiKey("sk-test-secret").withModelId("gpt-test"));
    }

    @Override
    protected Set<StopReason> expressibleStopReasons() {
        return Set.of(StopReason.END_TURN, StopReason.TOOL_USE, StopReason.MAX_TOKENS, StopReason.CONTENT_FILTERED);
    }

    @Override
    protected boolean signsReasoning() {
        return false;
    }

    @Override
    protected SentRequest read(RecordedRequest request) {
        JsonNode body = tree(request.body());
        String system = "";
        var userTexts = new ArrayList<String>();
        var results = new ArrayList<SentRequest.ToolResultSent>();
        for (JsonNode m : body.path("messages")) {
            switch (m.path("role").asText()) {
                case "system" -> system = m.path("content").asText();
                case "user" -> userTexts.add(m.path("content").asText());
                case "tool" -> {
                    String content = m.path("content").asText();
                    boolean error = content.startsWith("Error: ");
                    results.add(new SentRequest.ToolResultSent(m.path("tool_call_id").asText(),
                            error ? content.substring(7) : content, error));
                }
                default -> { }
            }
        }
        var tools = new ArrayList<String>();
        body.path("tools").forEach(t -> tools.add(t.path("function").path("name").asText()));
        JsonNode forced = body.path("tool_choice").path("function").path("name");
        return new SentRequest(system, userTexts, tools,
                forced.isTextual() ? Optional.of(forced.asText()) : Optional.empty(), results,
                body.has("max_tokens") ? OptionalInt.of(body.get("max_tokens").asInt()) : OptionalInt.empty());
    }

    @Test
    void posts_a_streaming_request_with_usage_to_chat_completions_with_the_bearer_key() {
        server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(1, 1), "ok"));
        model.converse(ModelRequest.of(List.of(Message.user("Hi"))));

        RecordedRequest sent = server.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/chat/completions");
        assertThat(sent.header("authorization")).hasValue("Bearer sk-test-secret");
        JsonNode body = tree(sent.body());
        assertThat(body.path("model").asText()).isEqualTo("gpt-test");
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
    }

    @Test
    void sends_no_authorization_header_when_no_key_is_configured() {
        Model keyless = OpenAiModel.create(OpenAiConfig.defaults().withBaseUrl(server.uri()).withModelId("llama3.2"));
        server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(1, 1), "ok"));
        keyless.converse(ModelRequest.of(List.of(Message.user("Hi"))));
        assertThat(server.lastRequest().header("authorization")).isEmpty();
        assertThat(server.lastRequest().path()).isEqualTo("/chat/completions");
    }

    @Test
    void the_assistant_tool_call_is_sent_back_as_tool_calls_with_json_arguments() {
        server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(1, 1), "ok"));
        var use = Message.of(Role.ASSISTANT, new ContentBlock.Text("Let me check."),
                new ContentBlock.ToolUse("call_1", "get_weather", Map.of("city", "Tokyo")));
        model.converse(ModelRequest.of(List.of(Message.user("Weather?"), use)).withTools(List.of(WEATHER)));

        JsonNode assistant = tree(server.lastRequest().body()).path("messages").get(1);
        assertThat(assistant.path("content").asText()).isEqualTo("Let me check.");
        JsonNode call = assistant.path("tool_calls").get(0);
        assertThat(call.path("id").asText()).isEqualTo("call_1");
        assertThat(tree(call.path("function").path("arguments").asText())).isEqualTo(tree("{\"city\":\"Tokyo\"}"));
    }

    @Test
    void a_whole_tool_call_in_one_chunk_with_finish_reason_stop_is_a_tool_use_turn() {
        // the shape older Ollama versions stream: no argument fragments, finish_reason "stop", no usage chunk
        WireFormat ollama = (reply, request, channel) -> {
            channel.start(200, Map.of("Content-Type", "text/event-stream"));
            channel.frame(SseFrames.data("{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\","
                    + "\"tool_calls\":[{\"id\":\"call_x\",\"index\":0,\"type\":\"function\",\"function\":"
                    + "{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}]},\"finish_reason\":null}]}"));
            channel.frame(SseFrames.data("{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
                    + "\"finish_reason\":\"stop\"}]}"));
            channel.frame(SseFrames.data("[DONE]"));
        };
        try (var local = ProviderServer.start(ollama)) {
            local.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.ZERO));
            ModelResponse response = OpenAiModel.create(OpenAiConfig.defaults().withBaseUrl(local.uri()).withModelId("m"))
                    .converse(ModelRequest.of(List.of(Message.user("Paris weather"))).withTools(List.of(WEATHER)));
            assertThat(response.stopReason()).isEqualTo(StopReason.TOOL_USE);
            assertThat(response.message().toolUses()).containsExactly(
                    new ContentBlock.ToolUse("call_x", "get_weather", Map.of("city", "Paris")));
            assertThat(response.usage()).isEqualTo(Usage.ZERO);
        }
    }

    private JsonNode tree(String s) {
        try {
            return json.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
