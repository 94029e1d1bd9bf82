package dev.agentcore4j.model.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.ToolChoice;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import dev.agentcore4j.agent.ToolSpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Translates a Converse-shaped {@link ModelRequest} to a Messages API body. Blocks map one to one
 * (text, image, tool_use, tool_result with {@code is_error}, thinking with its signature); tool
 * results lead their user message, as the API requires; unsigned reasoning and empty text are left
 * out because the API rejects them.
 */
final class MessagesRequestBody {

    private final ObjectMapper json;
    private final AnthropicConfig config;

    MessagesRequestBody(ObjectMapper json, AnthropicConfig config) {
        this.json = json;
        this.config = config;
    }

    ObjectNode build(ModelRequest request) {
        ObjectNode body = json.createObjectNode().put("model", config.modelId());
        body.put("max_tokens", request.options().maxTokens().orElse(config.maxTokens()));
        if (!request.systemPrompt().isEmpty()) {
            if (config.promptCaching()) {
                ObjectNode block = body.putArray("system").addObject().put("type", "text").put("text", request.systemPrompt());
                block.putObject("cache_control").put("type", "ephemeral");
            } else {
                body.put("system", request.systemPrompt());
            }
        }
        ArrayNode messages = body.putArray("messages");
        for (Message message : request.messages()) {
            ArrayNode content = content(message);
            if (!content.isEmpty()) {
                ObjectNode m = messages.addObject().put("role", message.role().name().toLowerCase(Locale.ROOT));
                m.set("content", content);
            }
        }
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            for (ToolSpec spec : request.tools()) {
                ObjectNode tool = tools.addObject().put("name", spec.name()).put("description", spec.description());
                tool.set("input_schema", json.valueToTree(spec.inputSchema()));
            }
            if (config.promptCaching()) {
                ((ObjectNode) tools.get(tools.size() - 1)).putObject("cache_control").put("type", "ephemeral");
            }
            ObjectNode choice = body.putObject("tool_choice");
            switch (request.toolChoice()) {
                case ToolChoice.Auto _ -> choice.put("type", "auto");
                case ToolChoice.Any _ -> choice.put("type", "any");
                case ToolChoice.Named(String name) -> choice.put("type", "tool").put("name", name);
            }
        }
        request.options().temperature().ifPresent(t -> body.put("temperature", t));
        if (!request.options().stopSequences().isEmpty()) {
            body.set("stop_sequences", json.valueToTree(request.options().stopSequences()));
        }
        if (config.thinkingBudgetTokens() > 0) {
            body.putObject("thinking").put("type", "enabled").put("budget_tokens", config.thinkingBudgetTokens());
        }
        body.put("stream", true);
        return body;
    }

    private ArrayNode content(Message message) {
        ArrayNode out = json.createArrayNode();
        for (ContentBlock.ToolResult result : message.toolResults()) {
            ObjectNode block = out.addObject().put("type", "tool_result").put("tool_use_id", result.toolUseId());
            ArrayNode parts = block.putArray("content");
            for (ToolResultContent part : result.content()) {
                String text = switch (part) {
                    case ToolResultContent.Text t -> t.text();
                    case ToolResultContent.Json j -> write(j.value());
                };
                if (!text.isEmpty()) {
                    parts.addObject().put("type", "text").put("text", text);
                }
            }
            if (result.status() == ToolResultStatus.ERROR) {
                block.put("is_error", true);
            }
        }
        for (ContentBlock block : message.content()) {
            switch (block) {
                case ContentBlock.Text(String text) -> {
                    if (!text.isEmpty()) {
                        out.addObject().put("type", "text").put("text", text);
                    }
                }
                case ContentBlock.Image image -> {
                    ObjectNode source = out.addObject().put("type", "image").putObject("source");
                    source.put("type", "base64").put("media_type", "image/" + image.format())
                            .put("data", Base64.getEncoder().encodeToString(image.bytes()));
                }
                case ContentBlock.ToolUse use -> {
                    ObjectNode u = out.addObject().put("type", "tool_use").put("id", use.toolUseId()).put("name", use.name());
                    u.set("input", json.valueToTree(use.input()));
                }
                case ContentBlock.Reasoning(String text, Optional<String> signature) -> signature.ifPresent(
                        s -> out.addObject().put("type", "thinking").put("thinking", text).put("signature", s));
                case ContentBlock.ToolResult _ -> { }
            }
        }
        return out;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON-like value did not serialize", e);
        }
    }
}
