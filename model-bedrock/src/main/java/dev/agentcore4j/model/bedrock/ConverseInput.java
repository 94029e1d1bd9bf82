package dev.agentcore4j.model.bedrock;

import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockruntime.model.CachePointBlock;
import software.amazon.awssdk.services.bedrockruntime.model.CachePointType;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SpecificToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;

/**
 * The parts of a Converse or ConverseStream request, built once from a {@link ModelRequest}: the
 * system prompt (then a cache point when caching), messages, tool configuration (each tool's JSON
 * schema, then a cache point when caching), inference settings and, for extended thinking, the
 * additional model fields.
 */
record ConverseInput(List<SystemContentBlock> system, List<Message> messages, Optional<ToolConfiguration> tools,
                     InferenceConfiguration inference, Optional<Document> additionalFields) {

    private static final CachePointBlock CACHE_POINT = CachePointBlock.builder().type(CachePointType.DEFAULT).build();

    static ConverseInput of(ModelRequest request, BedrockConfig config) {
        var system = new ArrayList<SystemContentBlock>();
        if (!request.systemPrompt().isEmpty()) {
            system.add(SystemContentBlock.fromText(request.systemPrompt()));
            if (config.promptCaching()) {
                system.add(SystemContentBlock.fromCachePoint(CACHE_POINT));
            }
        }
        Optional<ToolConfiguration> tools = Optional.empty();
        if (!request.tools().isEmpty()) {
            var list = new ArrayList<Tool>();
            for (ToolSpec spec : request.tools()) {
                list.add(Tool.fromToolSpec(ToolSpecification.builder().name(spec.name()).description(spec.description())
                        .inputSchema(ToolInputSchema.fromJson(Documents.toDocument(spec.inputSchema()))).build()));
            }
            if (config.promptCaching()) {
                list.add(Tool.fromCachePoint(CACHE_POINT));
            }
            ToolChoice choice = switch (request.toolChoice()) {
                case dev.agentcore4j.agent.ToolChoice.Auto _ -> ToolChoice.fromAuto(b -> { });
                case dev.agentcore4j.agent.ToolChoice.Any _ -> ToolChoice.fromAny(b -> { });
                case dev.agentcore4j.agent.ToolChoice.Named(String name) ->
                        ToolChoice.fromTool(SpecificToolChoice.builder().name(name).build());
            };
            tools = Optional.of(ToolConfiguration.builder().tools(list).toolChoice(choice).build());
        }
        var inference = InferenceConfiguration.builder();
        request.options().maxTokens().ifPresent(inference::maxTokens);
        request.options().temperature().ifPresent(t -> inference.temperature((float) t));
        if (!request.options().stopSequences().isEmpty()) {
            inference.stopSequences(request.options().stopSequences());
        }
        Optional<Document> additional = config.reasoningBudgetTokens() > 0
                ? Optional.of(Documents.toDocument(Map.of("thinking",
                        Map.of("type", "enabled", "budget_tokens", config.reasoningBudgetTokens()))))
                : Optional.empty();
        return new ConverseInput(system, ConverseMessages.toBedrock(request.messages()), tools, inference.build(), additional);
    }

    ConverseStreamRequest streamRequest(String modelId) {
        var b = ConverseStreamRequest.builder().modelId(modelId).system(system).messages(messages).inferenceConfig(inference);
        tools.ifPresent(b::toolConfig);
        additionalFields.ifPresent(b::additionalModelRequestFields);
        return b.build();
    }

    ConverseRequest request(String modelId) {
        var b = ConverseRequest.builder().modelId(modelId).system(system).messages(messages).inferenceConfig(inference);
        tools.ifPresent(b::toolConfig);
        additionalFields.ifPresent(b::additionalModelRequestFields);
        return b.build();
    }
}
