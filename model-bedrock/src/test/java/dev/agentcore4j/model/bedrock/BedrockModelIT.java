package dev.agentcore4j.model.bedrock;

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
import dev.agentcore4j.model.testkit.RecordedRequest;
import dev.agentcore4j.model.testkit.ScriptedReply;
import dev.agentcore4j.model.testkit.SentRequest;
import dev.agentcore4j.model.testkit.WireFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The real AWS SDK client, pointed with an endpoint override at a loopback server speaking event-stream. */
class BedrockModelIT extends AbstractModelProviderIT {

    private static final StaticCredentialsProvider DUMMY = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIDLOCALTEST", "local-test-secret"));

    private final ObjectMapper json = new ObjectMapper();
    /** Closed together after the class: each close waits out Netty's 2 s quiet period. */
    private static final List<BedrockModel> CREATED = new CopyOnWriteArrayList<>();

    @Override
    protected WireFormat wireFormat() {
        return new ConverseStreamFormat();
    }

    @Override
    protected Model createModel(URI serverUri) {
        return bedrock(BedrockConfig.defaults().withEndpointOverride(serverUri));
    }

    @Override
    protected Set<StopReason> expressibleStopReasons() {
        return EnumSet.allOf(StopReason.class);
    }

    @Override
    protected boolean signsReasoning() {
        return true;
    }

    @Override
    protected SentRequest read(RecordedRequest request) {
        JsonNode body = tree(request.body());
        var userTexts = new ArrayList<String>();
        var results = new ArrayList<SentRequest.ToolResultSent>();
        for (JsonNode m : body.path("messages")) {
            if (!m.path("role").asText().equals("user")) {
                continue;
            }
            for (JsonNode block : m.path("content")) {
                if (block.has("text")) {
                    userTexts.add(block.get("text").asText());
                } else if (block.has("toolResult")) {
                    JsonNode r = block.get("toolResult");
                    results.add(new SentRequest.ToolResultSent(r.path("toolUseId").asText(),
                            r.path("content").get(0).path("text").asText(), r.path("status").asText().equals("error")));
                }
            }
        }
        var tools = new ArrayList<String>();
        body.path("toolConfig").path("tools").forEach(t -> {
            if (t.has("toolSpec")) {
                tools.add(t.get("toolSpec").path("name").asText());
            }
        });
        JsonNode forced = body.path("toolConfig").path("toolChoice").path("tool").path("name");
        JsonNode maxTokens = body.path("inferenceConfig").path("maxTokens");
        return new SentRequest(body.path("system").path(0).path("text").asText(""), userTexts, tools,
                forced.isTextual() ? Optional.of(forced.asText()) : Optional.empty(), results,
                maxTokens.isInt() ? OptionalInt.of(maxTokens.asInt()) : OptionalInt.empty());
    }

    @AfterAll
    static void closeModels() throws InterruptedException {
        var closers = CREATED.stream().map(m -> Thread.ofVirtual().start(m::close)).toList();
        for (Thread closer : closers) {
            closer.join();
        }
    }

    @Test
    void calls_converse_stream_for_the_model_signed_with_sigv4() {
        server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(1, 1), "ok"));
        model.converse(ModelRequest.of(List.of(Message.user("Hi"))));

        RecordedRequest sent = server.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/model/us.anthropic.claude-sonnet-4-20250514-v1%3A0/converse-stream");
        assertThat(sent.header("authorization")).hasValueSatisfying(auth -> assertThat(auth)
                .startsWith("AWS4-HMAC-SHA256 Credential=AKIDLOCALTEST/").contains("/us-east-1/bedrock/aws4_request"));
    }

    @Test
    void prompt_caching_adds_cache_points_after_the_system_prompt_and_the_tools() {
        Model cached = bedrock(BedrockConfig.defaults().withEndpointOverride(server.uri()).withPromptCaching(true)
                .withReasoningBudgetTokens(2048));
        server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(1, 1), "ok"));
        cached.converse(ModelRequest.of(List.of(Message.user("Hi"))).withSystemPrompt("Be kind.").withTools(List.of(WEATHER)));

        JsonNode body = tree(server.lastRequest().body());
        assertThat(body.path("system")).isEqualTo(tree("[{\"text\":\"Be kind.\"},{\"cachePoint\":{\"type\":\"default\"}}]"));
        assertThat(body.path("toolConfig").path("tools").get(1)).isEqualTo(tree("{\"cachePoint\":{\"type\":\"default\"}}"));
        assertThat(body.path("toolConfig").path("tools").get(0).path("toolSpec").path("inputSchema").path("json")
                .path("required")).isEqualTo(tree("[\"city\"]"));
        assertThat(body.path("additionalModelRequestFields")).isEqualTo(
                tree("{\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":2048}}"));
    }

    @Test
    void the_assistant_turn_goes_back_as_converse_blocks() {
        server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(1, 1), "ok"));
        var assistant = Message.of(Role.ASSISTANT, new ContentBlock.Reasoning("Need weather.", Optional.of("sig-1")),
                new ContentBlock.ToolUse("tooluse_1", "get_weather", Map.of("city", "Tokyo", "days", 2)));
        model.converse(ModelRequest.of(List.of(Message.user("Weather?"), assistant)).withTools(List.of(WEATHER)));

        JsonNode content = tree(server.lastRequest().body()).path("messages").get(1).path("content");
        assertThat(content.get(0)).isEqualTo(tree(
                "{\"reasoningContent\":{\"reasoningText\":{\"text\":\"Need weather.\",\"signature\":\"sig-1\"}}}"));
        assertThat(content.get(1)).isEqualTo(tree(
                "{\"toolUse\":{\"toolUseId\":\"tooluse_1\",\"name\":\"get_weather\",\"input\":{\"city\":\"Tokyo\",\"days\":2}}}"));
    }

    @Test
    void converse_without_streaming_gives_the_same_turn() {
        Model once = bedrock(BedrockConfig.defaults().withEndpointOverride(server.uri()).withStreaming(false));
        server.enqueue(new ScriptedReply.Turn(List.of(new ScriptedReply.Text(List.of("Checking.")),
                new ScriptedReply.ToolCall("tooluse_2", "get_weather", List.of("{\"city\":\"Oslo\"}"))),
                StopReason.TOOL_USE, new Usage(20, 8, 28)));
        ModelResponse response = once.converse(ModelRequest.of(List.of(Message.user("Oslo?"))).withTools(List.of(WEATHER)));

        assertThat(server.lastRequest().path()).endsWith("/converse");
        assertThat(response.message().content()).containsExactly(new ContentBlock.Text("Checking."),
                new ContentBlock.ToolUse("tooluse_2", "get_weather", Map.of("city", "Oslo")));
        assertThat(response.stopReason()).isEqualTo(StopReason.TOOL_USE);
        assertThat(response.usage()).isEqualTo(new Usage(20, 8, 28));
    }

    private BedrockModel bedrock(BedrockConfig config) {
        BedrockModel m = BedrockModel.create(config, DUMMY);
        CREATED.add(m);
        return m;
    }

    private JsonNode tree(String s) {
        try {
            return json.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
