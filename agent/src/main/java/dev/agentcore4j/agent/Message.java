package dev.agentcore4j.agent;

import java.util.List;
import java.util.Objects;

/**
 * One turn of a conversation: a role and its content blocks, as in Bedrock Converse.
 *
 * <pre>{@code
 * Message question = Message.user("What is the weather in Tokyo?");
 * String answer = agent.run(question).text();
 * }</pre>
 *
 * Content may be empty only for a partial assistant message (for example one cut short by
 * cancellation); such a message is reported but never appended to a conversation.
 */
public record Message(Role role, List<ContentBlock> content) {

    public Message {
        Objects.requireNonNull(role, "role");
        content = List.copyOf(content);
    }

    public static Message user(String text) {
        return new Message(Role.USER, List.of(new ContentBlock.Text(text)));
    }

    public static Message assistant(String text) {
        return new Message(Role.ASSISTANT, List.of(new ContentBlock.Text(text)));
    }

    public static Message of(Role role, ContentBlock... content) {
        return new Message(role, List.of(content));
    }

    /** The text blocks joined together (no separator: deltas of one answer concatenate). */
    public String text() {
        var sb = new StringBuilder();
        for (var block : content) {
            if (block instanceof ContentBlock.Text(String text)) {
                sb.append(text);
            }
        }
        return sb.toString();
    }

    public List<ContentBlock.ToolUse> toolUses() {
        return blocks(ContentBlock.ToolUse.class);
    }

    public List<ContentBlock.ToolResult> toolResults() {
        return blocks(ContentBlock.ToolResult.class);
    }

    public boolean hasToolUse() {
        return content.stream().anyMatch(ContentBlock.ToolUse.class::isInstance);
    }

    public boolean hasToolResult() {
        return content.stream().anyMatch(ContentBlock.ToolResult.class::isInstance);
    }

    private <B extends ContentBlock> List<B> blocks(Class<B> type) {
        return content.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
