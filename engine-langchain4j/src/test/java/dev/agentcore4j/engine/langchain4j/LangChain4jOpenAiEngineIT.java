package dev.agentcore4j.engine.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.agent.RecordingSink;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.agent.Usage;
import dev.agentcore4j.model.openai.OpenAiConfig;
import dev.agentcore4j.model.openai.OpenAiModel;
import dev.agentcore4j.model.testkit.ChatCompletionsFormat;
import dev.agentcore4j.model.testkit.ProviderServer;
import dev.agentcore4j.model.testkit.RecordedRequest;
import dev.agentcore4j.model.testkit.ScriptedReply;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LangChain4j engine on LangChain4j's own OpenAI module, against a fake OpenAI-compatible server on a loopback port. */
class LangChain4jOpenAiEngineIT {

    private static final String SYSTEM_PROMPT = "You are a helpful assistant. Use the tools when they help.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private static OpenAiConfig config(ProviderServer server) {
        return OpenAiConfig.defaults().withBaseUrl(URI.create(server.uri() + "/v1"))
                .withApiKey("sk-local-test").withModelId("llama3.1");
    }

    private List<Tool> tools() {
        return SeedTools.create(ToolsConfig.defaults().dataDir(data).semanticSearch(false));
    }

    private static RecordingSink run(Agent agent, String prompt) {
        RecordingSink sink = new RecordingSink();
        agent.stream(Message.user(prompt), sink, Cancellation.create());
        return sink;
    }

    /** The events without what may differ by run (tool durations) or by memory shape (the final message's blocks). */
    private static List<Object> comparable(RecordingSink sink) {
        return sink.events().stream().map(event -> switch (event) {
            case AgentEvent.ToolReturned r -> (Object) List.of(r.toolUseId(), r.name(), r.status(), r.content());
            case AgentEvent.Finished f -> List.of(f.result().text(), f.result().stopReason(), f.result().usage(),
                    f.result().rounds(), f.result().outcome());
            default -> event;
        }).toList();
    }

    private static ScriptedReply weatherCall() {
        return ScriptedReply.toolCall("call_1", "get_current_weather", Usage.of(30, 8), "{\"city\":", "\"Tokyo\"}");
    }

    private static ScriptedReply weatherAnswer() {
        return ScriptedReply.text(StopReason.END_TURN, Usage.of(50, 9), "Tokyo is ", "sunny.");
    }

    @Test
    void langchain4js_openai_module_streams_the_servers_answer_as_text_deltas() throws Exception {
        try (ProviderServer openai = ProviderServer.start(new ChatCompletionsFormat())) {
            openai.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(12, 5), "Hello from ", "the fake server."));
            Agent agent = LangChain4jEngine.builder().model(LangChain4jProviders.openAi(config(openai)))
                    .systemPrompt(SYSTEM_PROMPT).build();

            RecordingSink sink = run(agent, "Say hello");

            assertThat(sink.ofType(AgentEvent.TextDelta.class)).extracting(AgentEvent.TextDelta::text)
                    .containsExactly("Hello from ", "the fake server.");
            assertThat(sink.ofType(AgentEvent.UsageReported.class)).extracting(AgentEvent.UsageReported::usage)
                    .containsExactly(Usage.of(12, 5));
            assertThat(sink.finished().orElseThrow().text()).isEqualTo("Hello from the fake server.");
            assertThat(sink.finished().orElseThrow().stopReason()).isEqualTo(StopReason.END_TURN);
            assertThat(agent.modelInfo()).isEqualTo(new ModelInfo("openai-compatible", "llama3.1", false));
            RecordedRequest request = openai.lastRequest();
            assertThat(request.path()).isEqualTo("/v1/chat/completions");
            assertThat(request.header("Authorization")).contains("Bearer sk-local-test");
            JsonNode body = JSON.readTree(request.body());
            assertThat(body.get("model").asText()).isEqualTo("llama3.1");
            assertThat(body.get("stream").asBoolean()).isTrue();
            assertThat(body.get("messages").toString()).contains(SYSTEM_PROMPT, "Say hello");
        }
    }

    @Test
    void a_tool_call_round_trip_through_langchain4js_openai_module_reports_the_same_events_as_the_strands_engine()
            throws Exception {
        try (ProviderServer openai = ProviderServer.start(new ChatCompletionsFormat())) {
            openai.enqueue(weatherCall(), weatherAnswer(), weatherCall(), weatherAnswer());
            Agent strands = Agent.builder().model(OpenAiModel.create(config(openai))).systemPrompt(SYSTEM_PROMPT)
                    .tools(tools()).build();
            Agent lc4j = LangChain4jEngine.builder().model(LangChain4jProviders.openAi(config(openai)))
                    .systemPrompt(SYSTEM_PROMPT).tools(tools()).build();

            RecordingSink ours = run(strands, "What's the weather in Tokyo?");
            RecordingSink theirs = run(lc4j, "What's the weather in Tokyo?");

            assertThat(comparable(theirs)).isEqualTo(comparable(ours));
            assertThat(theirs.ofType(AgentEvent.ToolCalled.class)).singleElement()
                    .satisfies(call -> assertThat(call.input()).containsEntry("city", "Tokyo"));
            assertThat(theirs.finished().orElseThrow().text()).isEqualTo("Tokyo is sunny.");
            assertThat(theirs.finished().orElseThrow().rounds()).isEqualTo(2);
            JsonNode toolResultTurn = JSON.readTree(openai.requests().get(3).body()).get("messages");
            assertThat(toolResultTurn.toString()).contains("\"tool_call_id\":\"call_1\"", "Tokyo");
        }
    }
}
