package dev.agentcore4j.engine.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.agent.Tools;
import dev.agentcore4j.model.offline.OfflineModel;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.service.tool.ToolExecutionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LangChain4jAdaptersTest {

    private static final Tool CALCULATE = Tools.of("calculate", "Evaluates an arithmetic expression",
            Map.of("type", "object",
                    "properties", Map.of("expression", Map.of("type", "string", "description", "the expression"),
                            "unit", Map.of("type", "string", "enum", List.of("none", "percent")),
                            "tags", Map.of("type", "array", "items", Map.of("type", "string"))),
                    "required", List.of("expression")),
            (input, context) -> {
                if (input.get("expression").equals("boom")) {
                    throw new IllegalStateException("the calculator broke");
                }
                return Map.of("expression", input.get("expression"), "result", 352);
            });

    @Test
    void the_offline_model_as_a_chat_model_asks_for_the_tool_with_json_arguments() {
        ChatResponse response = LangChain4jModels.chatModel(new OfflineModel()).chat(ChatRequest.builder()
                .messages(UserMessage.from("What is 15 * 23 + 7?"))
                .toolSpecifications(LangChain4jTools.specification(CALCULATE)).build());
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
        assertThat(response.aiMessage().toolExecutionRequests()).singleElement().satisfies(request -> {
            assertThat(request.name()).isEqualTo("calculate");
            assertThat(Json.arguments(request.arguments())).containsEntry("expression", "15 * 23 + 7");
        });
        assertThat(response.tokenUsage().totalTokenCount()).isPositive();
    }

    @Test
    void a_tool_result_in_the_conversation_is_answered_from() {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("t1").name("calculate")
                .arguments("{\"expression\":\"15 * 23 + 7\"}").build();
        String result = LangChain4jTools.executor(CALCULATE).execute(call, "memory");
        ChatResponse response = LangChain4jModels.chatModel(new OfflineModel()).chat(ChatRequest.builder()
                .messages(UserMessage.from("What is 15 * 23 + 7?"), AiMessage.from(call),
                        dev.langchain4j.data.message.ToolExecutionResultMessage.from(call, result))
                .toolSpecifications(LangChain4jTools.specification(CALCULATE)).build());
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.aiMessage().text()).contains("352");
    }

    @Test
    void cancelling_through_the_streaming_handle_ends_the_stream_without_a_response() {
        List<String> partials = new ArrayList<>();
        List<ChatResponse> completed = new ArrayList<>();
        LangChain4jModels.streamingChatModel(new OfflineModel()).chat(ChatRequest.builder()
                .messages(UserMessage.from("Hello, who are you?")).build(), new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                        partials.add(partial.text());
                        context.streamingHandle().cancel();
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        completed.add(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        throw new AssertionError(error);
                    }
                });
        assertThat(partials).hasSize(1);
        assertThat(completed).isEmpty();
    }

    @Test
    void tool_schemas_map_to_langchain4j_and_back() {
        ToolSpecification specification = LangChain4jTools.specification(CALCULATE);
        assertThat(specification.parameters().required()).containsExactly("expression");
        assertThat(specification.parameters().properties().get("unit")).isInstanceOf(JsonEnumSchema.class);
        Map<String, Object> back = ChatRequests.toolSpec(specification).inputSchema();
        assertThat(back).containsEntry("required", List.of("expression"));
        assertThat(back).extracting("properties").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("expression", Map.of("type", "string", "description", "the expression"))
                .containsEntry("unit", Map.of("type", "string", "enum", List.of("none", "percent")))
                .containsEntry("tags", Map.of("type", "array", "items", Map.of("type", "string")));
    }

    @Test
    void the_tool_executor_turns_every_failure_into_an_error_result() {
        var executor = LangChain4jTools.executor(CALCULATE);
        ToolExecutionResult badJson = executor.executeWithContext(request("{not json"), null);
        assertThat(badJson.isError()).isTrue();
        assertThat(badJson.resultText()).startsWith("Invalid input for tool 'calculate'");
        ToolExecutionResult missing = executor.executeWithContext(request("{}"), null);
        assertThat(missing.isError()).isTrue();
        assertThat(missing.resultText()).contains("expression");
        ToolExecutionResult thrown = executor.executeWithContext(request("{\"expression\":\"boom\"}"), null);
        assertThat(thrown.isError()).isTrue();
        assertThat(thrown.resultText()).isEqualTo("Error: the calculator broke");
        ToolExecutionResult fine = executor.executeWithContext(request("{\"expression\":\"1\"}"), null);
        assertThat(fine.isError()).isFalse();
        assertThat(Json.arguments(fine.resultText())).isEqualTo(Map.of("expression", "1", "result", 352));
    }

    private static ToolExecutionRequest request(String arguments) {
        return ToolExecutionRequest.builder().id("t1").name("calculate").arguments(arguments).build();
    }
}
