package dev.agentcore4j.model.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.ToolChoice;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import dev.agentcore4j.agent.ToolSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Translates a Converse-shaped {@link ModelRequest} to a chat completions request body: the system
 * prompt becomes a {@code system} message, tool uses become assistant {@code tool_calls}, and each
 * tool result becomes its own {@code tool} message (chat completions has no error flag, so a failed
 * tool's text is prefixed with {@code "Error: "}). Reasoning blocks are not sent back: the API has
 * no field for them.
 */
final class ChatRequestBody {

    private final ObjectMapper json;

    ChatRequestBody(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode build(ModelRequest request, String modelId) {
        ObjectNode body = json.createObjectNode();
        body.put("model", modelId);
        ArrayNode messages = body.putArray("messages");
        if (!request.systemPrompt().isEmpty()) {
            messages.addObject().put("role", "system").put("content", request.systemPrompt());
        }
        for (Message message : request.messages()) {
            if (message.role() == Role.ASSISTANT) {
                assistant(message, messages);
            } else {
                user(message, messages);
            }
        }
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            for (ToolSpec spec : request.tools()) {
                ObjectNode function = tools.addObject().put("type", "function").putObject("function");
                function.put("name", spec.name()).put("description", spec.description());
                function.set("parameters", json.valueToTree(spec.inputSchema()));
            }
            switch (request.toolChoice()) {
                case ToolChoice.Auto _ -> body.put("tool_choice", "auto");
                case ToolChoice.Any _ -> body.put("tool_choice", "required");
                case ToolChoice.Named(String name) -> body.putObject("tool_choice").put("type", "function")
                        .putObject("function").put("name", name);
            }
        }
        var options = request.options();
        options.maxTokens().ifPresent(n -> body.put("max_tokens", n));
        options.temperature().ifPresent(t -> body.put("temperature", t));
        if (!options.stopSequences().isEmpty()) {
            body.set("stop", json.valueToTree(options.stopSequences()));
        }
        body.put("stream", true);
        body.putObject("stream_options").put("include_usage", true);
        return body;
    }

    private void assistant(Message message, ArrayNode messages) {
        ObjectNode out = json.createObjectNode().put("role", "assistant");
        String text = message.text();
        if (!text.isEmpty()) {
            out.put("content", text);
        } else {
            out.putNull("content");
        }
        List<ContentBlock.ToolUse> uses = message.toolUses();
        if (!uses.isEmpty()) {
            ArrayNode calls = out.putArray("tool_calls");
            for (ContentBlock.ToolUse use : uses) {
                calls.addObject().put("id", use.toolUseId()).put("type", "function").putObject("function")
                        .put("name", use.name()).put("arguments", write(use.input()));
            }
        }
        if (!text.isEmpty() || !uses.isEmpty()) {
            messages.add(out);
        }
    }

    private void user(Message message, ArrayNode messages) {
        for (ContentBlock.ToolResult result : message.toolResults()) {
            String text = toolResultText(result);
            messages.addObject().put("role", "tool").put("tool_call_id", result.toolUseId())
                    .put("content", result.status() == ToolResultStatus.ERROR ? "Error: " + text : text);
        }
        var parts = new ArrayList<ObjectNode>();
        boolean onlyText = true;
        for (ContentBlock block : message.content()) {
            switch (block) {
                case ContentBlock.Text(String text) -> parts.add(json.createObjectNode().put("type", "text").put("text", text));
                case ContentBlock.Image image -> {
                    onlyText = false;
                    String url = "data:image/" + image.format() + ";base64,"
                            + Base64.getEncoder().encodeToString(image.bytes());
                    ObjectNode part = json.createObjectNode().put("type", "image_url");
                    part.putObject("image_url").put("url", url);
                    parts.add(part);
                }
                case ContentBlock.ToolResult _, ContentBlock.ToolUse _, ContentBlock.Reasoning _ -> { }
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        ObjectNode out = messages.addObject().put("role", "user");
        if (onlyText) {
            out.put("content", message.text());
        } else {
            out.putArray("content").addAll(parts);
        }
    }

    private String toolResultText(ContentBlock.ToolResult result) {
        var sb = new StringBuilder();
        for (ToolResultContent part : result.content()) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(switch (part) {
                case ToolResultContent.Text t -> t.text();
                case ToolResultContent.Json j -> write(j.value());
            });
        }
        return sb.toString();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON-like value did not serialize", e);
        }
    }
}
