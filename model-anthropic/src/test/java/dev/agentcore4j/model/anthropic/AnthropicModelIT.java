package dev.agentcore4j.model.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import dev.agentcore4j.agent.Usage;
import dev.agentcore4j.model.testkit.AbstractModelProviderIT;
import dev.agentcore4j.model.testkit.RecordedRequest;
import dev.agentcore4j.model.testkit.ScriptedReply;
import dev.agentcore4j.model.testkit.SentRequest;
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

class AnthropicModelIT extends AbstractModelProviderIT {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected WireFormat wireFormat() {
        return new MessagesFormat();
    }

    @Override
    protected Model createModel(URI serverUri) {
        return AnthropicModel.create(AnthropicConfig.defaults().withBaseUrl(serverUri).withApiKey("sk-ant-test-secret"));
    }

    @Override
    protected Set<StopReason> expressibleStopReasons() {
        return Set.of(StopReason.END_TURN, StopReason.TOOL_USE, StopReason.MAX_TOKENS, StopReason.STOP_SEQUENCE,
                StopReason.CONTENT_FILTERED);
    }

    @Override
    protected boolean signsReasoning() {
        return true;
    }

    @Override
    protected SentRequest read(RecordedRequest request) {
        JsonNode body = tree(request.body());
        JsonNode system = body.path("system");
        String systemText = system.isArray() ? system.get(0).path("text").asText() : system.asText("");
        var userTexts = new ArrayList<String>();
        var results = new ArrayList<SentRequest.ToolResultSent>();
        for (JsonNode m : body.path("messages")) {
            if (!m.path("role").asText().equals("user")) {
                continue;
            }
            for (JsonNode block : m.path("content")) {
                switch (block.path("type").asText()) {
                    case "text" -> userTexts.add(block.path("text").asText());
                    case "tool_result" -> results.add(new SentRequest.ToolResultSent(block.path("tool_use_id").asText(),
                            block.path("content").get(0).path("text").asText(), block.path("is_error").asBoolean(false)));
                    default -> { }
                }
            }
        }
        var tools = new ArrayList<String>();
        body.path("tools").forEach(t -> tools.add(t.path("name").asText()));
        JsonNode choice = body.path("tool_choice");
        return new SentRequest(systemText, userTexts, tools,
                choice.path("type").asText().equals("tool") ? Optional.of(choice.path("name").asText()) : Optional.empty(),
                results, body.has("max_tokens") ? OptionalInt.of(body.get("max_tokens").asInt()) : OptionalInt.empty());
    }

    @Test
    void posts_to_v1_messages_with_the_key_version_and_a_default_max_tokens() {
        server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(1, 1), "ok"));
        model.converse(ModelRequest.of(List.of(Message.user("Hi"))));

        RecordedRequest sent = server.lastRequest();
        assertThat(sent.path()).isEqualTo("/v1/messages");
        assertThat(sent.header("x-api-key")).hasValue("sk-ant-test-secret");
        assertThat(sent.header("anthropic-version")).hasValue("2023-06-01");
        JsonNode body = tree(sent.body());
        assertThat(body.path("model").asText()).isEqualTo(AnthropicConfig.DEFAULT_MODEL_ID);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(4096);
        assertThat(body.path("stream").asBoolean()).isTrue();
    }

    @Test
    void signed_thinking_and_tool_use_go_back_unchanged_before_the_tool_result() {
        server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(1, 1), "ok"));
        var assistant = Message.of(Role.ASSISTANT, new ContentBlock.Reasoning("Need weather.", Optional.of("sig-1")),
                new ContentBlock.ToolUse("toolu_1", "get_weather", Map.of("city", "Tokyo")));
        var result = Message.of(Role.USER, new ContentBlock.ToolResult("toolu_1",
                List.of(ToolResultContent.json(Map.of("temp", 25))),
                ToolResultStatus.SUCCESS));
        model.converse(ModelRequest.of(List.of(Message.user("Weather?"), assistant, result)).withTools(List.of(WEATHER)));

        JsonNode messages = tree(server.lastRequest().body()).path("messages");
        assertThat(messages.get(1).path("content").get(0)).isEqualTo(tree(
                "{\"type\":\"thinking\",\"thinking\":\"Need weather.\",\"signature\":\"sig-1\"}"));
        assertThat(messages.get(1).path("content").get(1)).isEqualTo(tree(
                "{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"get_weather\",\"input\":{\"city\":\"Tokyo\"}}"));
        assertThat(messages.get(2).path("content").get(0).path("content").get(0).path("text").asText())
                .isEqualTo("{\"temp\":25}");
    }

    @Test
    void prompt_caching_marks_the_system_prompt_and_the_last_tool() {
        Model cached = AnthropicModel.create(AnthropicConfig.defaults().withBaseUrl(server.uri()).withApiKey("k")
                .withPromptCaching(true).withThinkingBudgetTokens(2048));
        server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(1, 1), "ok"));
        cached.converse(ModelRequest.of(List.of(Message.user("Hi"))).withSystemPrompt("You are kind.")
                .withTools(List.of(WEATHER)));

        JsonNode body = tree(server.lastRequest().body());
        assertThat(body.path("system").get(0).path("cache_control").path("type").asText()).isEqualTo("ephemeral");
        assertThat(body.path("tools").get(0).path("cache_control").path("type").asText()).isEqualTo("ephemeral");
        assertThat(body.path("thinking").path("budget_tokens").asInt()).isEqualTo(2048);
    }

    private JsonNode tree(String s) {
        try {
            return json.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
