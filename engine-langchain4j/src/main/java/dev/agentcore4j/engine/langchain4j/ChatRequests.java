package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.agent.ModelOptions;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.ModelResponse;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.ToolChoice;
import dev.agentcore4j.agent.ToolSpec;
import dev.agentcore4j.agent.Usage;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** LangChain4j chat requests to our {@link ModelRequest}s, our responses to LangChain4j's. */
final class ChatRequests {

    private ChatRequests() {
    }

    static ModelRequest toModelRequest(ChatRequest request) {
        Messages.Conversation conversation = Messages.toConverse(request.messages());
        List<ToolSpecification> specifications = request.toolSpecifications() == null ? List.of() : request.toolSpecifications();
        dev.langchain4j.model.chat.request.ToolChoice choice = request.toolChoice();
        List<ToolSpec> tools = choice == dev.langchain4j.model.chat.request.ToolChoice.NONE ? List.of()
                : specifications.stream().map(ChatRequests::toolSpec).toList();
        ToolChoice toolChoice = choice == dev.langchain4j.model.chat.request.ToolChoice.REQUIRED && !tools.isEmpty()
                ? ToolChoice.any() : ToolChoice.auto();
        ModelOptions options = ModelOptions.DEFAULTS;
        if (request.maxOutputTokens() != null) {
            options = options.withMaxTokens(request.maxOutputTokens());
        }
        if (request.temperature() != null) {
            options = options.withTemperature(request.temperature());
        }
        if (request.stopSequences() != null && !request.stopSequences().isEmpty()) {
            options = options.withStopSequences(request.stopSequences());
        }
        return new ModelRequest(conversation.systemPrompt(), conversation.messages(), tools, toolChoice, options);
    }

    static ToolSpec toolSpec(ToolSpecification specification) {
        JsonObjectSchema parameters = specification.parameters() == null
                ? JsonObjectSchema.builder().build() : specification.parameters();
        return new ToolSpec(specification.name(), specification.description() == null ? "" : specification.description(),
                JsonSchemas.toMap(parameters));
    }

    static ChatResponse toChatResponse(ModelResponse response, ModelInfo info) {
        StringJoiner text = new StringJoiner("");
        StringJoiner thinking = new StringJoiner("");
        List<ToolExecutionRequest> requests = new ArrayList<>();
        for (ContentBlock block : response.message().content()) {
            switch (block) {
                case ContentBlock.Text t -> text.add(t.text());
                case ContentBlock.Reasoning r -> thinking.add(r.text());
                case ContentBlock.ToolUse use -> requests.add(ToolExecutionRequest.builder()
                        .id(use.toolUseId()).name(use.name()).arguments(Json.write(use.input())).build());
                case ContentBlock.ToolResult _, ContentBlock.Image _ -> { }
            }
        }
        AiMessage.Builder ai = AiMessage.builder().toolExecutionRequests(requests);
        if (text.length() > 0) {
            ai.text(text.toString());
        }
        if (thinking.length() > 0) {
            ai.thinking(thinking.toString());
        }
        Usage usage = response.usage();
        return ChatResponse.builder()
                .aiMessage(ai.build())
                .modelName(info.modelId())
                .tokenUsage(new TokenUsage(usage.inputTokens(), usage.outputTokens(), usage.totalTokens()))
                .finishReason(finishReason(response.stopReason()))
                .build();
    }

    static FinishReason finishReason(StopReason reason) {
        return switch (reason) {
            case END_TURN, STOP_SEQUENCE -> FinishReason.STOP;
            case TOOL_USE -> FinishReason.TOOL_EXECUTION;
            case MAX_TOKENS -> FinishReason.LENGTH;
            case CONTENT_FILTERED, GUARDRAIL_INTERVENED -> FinishReason.CONTENT_FILTER;
        };
    }

    static StopReason stopReason(FinishReason reason, boolean toolCalls) {
        if (reason == null) {
            return toolCalls ? StopReason.TOOL_USE : StopReason.END_TURN;
        }
        return switch (reason) {
            case STOP, OTHER -> toolCalls ? StopReason.TOOL_USE : StopReason.END_TURN;
            case TOOL_EXECUTION -> StopReason.TOOL_USE;
            case LENGTH -> StopReason.MAX_TOKENS;
            case CONTENT_FILTER -> StopReason.CONTENT_FILTERED;
        };
    }

    static Usage usage(TokenUsage usage) {
        if (usage == null) {
            return Usage.ZERO;
        }
        int in = usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int out = usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        int total = usage.totalTokenCount() == null ? in + out : usage.totalTokenCount();
        return new Usage(in, out, total);
    }
}
