package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * LangChain4j chat messages to our Converse-shaped messages and back. Consecutive tool results
 * become one user message, as Converse requires; a tool result text that is a JSON object or array
 * becomes a json block (LangChain4j carries results as text, Converse as JSON).
 */
final class Messages {

    /** A LangChain4j conversation as a system prompt and Converse-shaped messages. */
    record Conversation(String systemPrompt, List<Message> messages) { }

    private Messages() {
    }

    static Conversation toConverse(List<ChatMessage> chat) {
        StringBuilder system = new StringBuilder();
        List<Message> out = new ArrayList<>();
        for (ChatMessage message : chat) {
            switch (message) {
                case SystemMessage s -> system.append(system.isEmpty() ? "" : "\n").append(s.text());
                case UserMessage u -> out.add(new Message(Role.USER, userContent(u.contents())));
                case AiMessage ai -> out.add(assistant(ai));
                case ToolExecutionResultMessage result -> addToolResult(out, result);
                default -> throw new IllegalArgumentException("unsupported LangChain4j message type: " + message.type());
            }
        }
        return new Conversation(system.toString(), List.copyOf(out));
    }

    static Message assistant(AiMessage ai) {
        List<ContentBlock> blocks = new ArrayList<>();
        if (ai.thinking() != null && !ai.thinking().isEmpty()) {
            blocks.add(new ContentBlock.Reasoning(ai.thinking()));
        }
        if (ai.text() != null && !ai.text().isEmpty()) {
            blocks.add(new ContentBlock.Text(ai.text()));
        }
        for (ToolExecutionRequest request : ai.toolExecutionRequests()) {
            blocks.add(new ContentBlock.ToolUse(request.id(), request.name(), Json.arguments(request.arguments())));
        }
        return new Message(Role.ASSISTANT, blocks);
    }

    /** Our user prompt as a LangChain4j user message (text and images). */
    static UserMessage user(Message prompt) {
        List<Content> contents = new ArrayList<>();
        for (ContentBlock block : prompt.content()) {
            switch (block) {
                case ContentBlock.Text(String text) -> contents.add(TextContent.from(text));
                case ContentBlock.Image image -> contents.add(ImageContent.from(
                        Base64.getEncoder().encodeToString(image.bytes()), "image/" + image.format()));
                case ContentBlock.ToolUse _, ContentBlock.ToolResult _, ContentBlock.Reasoning _ ->
                        throw new IllegalArgumentException("a prompt holds text and images only, not " + block.getClass().getSimpleName());
            }
        }
        if (contents.isEmpty()) {
            throw new IllegalArgumentException("the prompt is empty: send some text");
        }
        return UserMessage.from(contents);
    }

    /**
     * Converse-shaped messages as LangChain4j chat messages: a user message's tool results become
     * {@link ToolExecutionResultMessage}s (named after the tool use they answer) followed by its text
     * and images as one user message; an assistant message becomes an {@link AiMessage} with its
     * text, reasoning and tool execution requests.
     */
    static List<ChatMessage> toLangChain4j(List<Message> messages) {
        Map<String, String> toolNames = new HashMap<>();
        List<ChatMessage> out = new ArrayList<>();
        for (Message message : messages) {
            if (message.role() == Role.ASSISTANT) {
                aiMessage(message).ifPresent(ai -> {
                    ai.toolExecutionRequests().forEach(r -> toolNames.put(r.id(), r.name()));
                    out.add(ai);
                });
                continue;
            }
            List<Content> contents = new ArrayList<>();
            for (ContentBlock block : message.content()) {
                switch (block) {
                    case ContentBlock.ToolResult result -> out.add(ToolExecutionResultMessage.builder()
                            .id(result.toolUseId()).toolName(toolNames.getOrDefault(result.toolUseId(), "unknown_tool"))
                            .text(resultText(result)).isError(result.status() == ToolResultStatus.ERROR).build());
                    case ContentBlock.Text(String text) -> contents.add(TextContent.from(text));
                    case ContentBlock.Image image -> contents.add(ImageContent.from(
                            Base64.getEncoder().encodeToString(image.bytes()), "image/" + image.format()));
                    case ContentBlock.ToolUse _, ContentBlock.Reasoning _ -> { }
                }
            }
            if (!contents.isEmpty()) {
                out.add(UserMessage.from(contents));
            }
        }
        return out;
    }

    private static Optional<AiMessage> aiMessage(Message message) {
        StringBuilder text = new StringBuilder();
        StringBuilder thinking = new StringBuilder();
        List<ToolExecutionRequest> requests = new ArrayList<>();
        for (ContentBlock block : message.content()) {
            switch (block) {
                case ContentBlock.Text t -> text.append(t.text());
                case ContentBlock.Reasoning r -> thinking.append(r.text());
                case ContentBlock.ToolUse use -> requests.add(ToolExecutionRequest.builder()
                        .id(use.toolUseId()).name(use.name()).arguments(Json.write(use.input())).build());
                case ContentBlock.ToolResult _, ContentBlock.Image _ -> { }
            }
        }
        if (text.isEmpty() && requests.isEmpty()) {
            return Optional.empty();
        }
        AiMessage.Builder ai = AiMessage.builder().toolExecutionRequests(requests);
        if (!text.isEmpty()) {
            ai.text(text.toString());
        }
        if (!thinking.isEmpty()) {
            ai.thinking(thinking.toString());
        }
        return Optional.of(ai.build());
    }

    private static String resultText(ContentBlock.ToolResult result) {
        StringBuilder text = new StringBuilder();
        for (ToolResultContent part : result.content()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(switch (part) {
                case ToolResultContent.Text t -> t.text();
                case ToolResultContent.Json j -> Json.write(j.value());
            });
        }
        return text.toString();
    }

    private static List<ContentBlock> userContent(List<Content> contents) {
        List<ContentBlock> blocks = new ArrayList<>();
        for (Content content : contents) {
            switch (content) {
                case TextContent text -> blocks.add(new ContentBlock.Text(text.text()));
                case ImageContent image when image.image().base64Data() != null -> blocks.add(new ContentBlock.Image(
                        image.image().mimeType().replace("image/", ""), Base64.getDecoder().decode(image.image().base64Data())));
                default -> throw new IllegalArgumentException("unsupported user content: " + content.type());
            }
        }
        return blocks;
    }

    private static void addToolResult(List<Message> out, ToolExecutionResultMessage result) {
        ToolResultContent content = Json.structure(result.text())
                .<ToolResultContent>map(ToolResultContent.Json::new)
                .orElseGet(() -> new ToolResultContent.Text(result.text()));
        ToolResultStatus status = Boolean.TRUE.equals(result.isError()) ? ToolResultStatus.ERROR : ToolResultStatus.SUCCESS;
        ContentBlock block = new ContentBlock.ToolResult(result.id(), List.of(content), status);
        if (!out.isEmpty() && out.getLast().role() == Role.USER && out.getLast().hasToolResult()) {
            List<ContentBlock> merged = new ArrayList<>(out.removeLast().content());
            merged.add(block);
            out.add(new Message(Role.USER, merged));
        } else {
            out.add(new Message(Role.USER, List.of(block)));
        }
    }
}
