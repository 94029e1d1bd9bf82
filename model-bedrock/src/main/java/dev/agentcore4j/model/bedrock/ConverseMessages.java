package dev.agentcore4j.model.bedrock;

import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.ToolResultContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ImageBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ImageFormat;
import software.amazon.awssdk.services.bedrockruntime.model.ImageSource;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.ReasoningContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ReasoningTextBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultStatus;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/**
 * Maps the agent's Converse-shaped messages to the SDK's, block for block (the agent's model is
 * Converse-shaped, so this is nearly one to one). Reasoning without a signature and empty text are
 * left out: Bedrock rejects both.
 */
final class ConverseMessages {

    private ConverseMessages() {
    }

    static List<Message> toBedrock(List<dev.agentcore4j.agent.Message> messages) {
        var out = new ArrayList<Message>();
        for (var message : messages) {
            var blocks = new ArrayList<software.amazon.awssdk.services.bedrockruntime.model.ContentBlock>();
            for (ContentBlock block : message.content()) {
                block(block).ifPresent(blocks::add);
            }
            if (!blocks.isEmpty()) {
                out.add(Message.builder().role(message.role() == Role.USER ? ConversationRole.USER : ConversationRole.ASSISTANT)
                        .content(blocks).build());
            }
        }
        return out;
    }

    private static Optional<software.amazon.awssdk.services.bedrockruntime.model.ContentBlock> block(ContentBlock block) {
        return switch (block) {
            case ContentBlock.Text(String text) -> text.isEmpty() ? Optional.empty()
                    : Optional.of(software.amazon.awssdk.services.bedrockruntime.model.ContentBlock.fromText(text));
            case ContentBlock.Image image -> Optional.of(software.amazon.awssdk.services.bedrockruntime.model.ContentBlock
                    .fromImage(ImageBlock.builder().format(ImageFormat.fromValue(image.format()))
                            .source(ImageSource.fromBytes(SdkBytes.fromByteArray(image.bytes()))).build()));
            case ContentBlock.ToolUse use -> Optional.of(software.amazon.awssdk.services.bedrockruntime.model.ContentBlock
                    .fromToolUse(ToolUseBlock.builder().toolUseId(use.toolUseId()).name(use.name())
                            .input(Documents.toDocument(use.input())).build()));
            case ContentBlock.ToolResult result -> Optional.of(software.amazon.awssdk.services.bedrockruntime.model.ContentBlock
                    .fromToolResult(toolResult(result)));
            case ContentBlock.Reasoning(String text, Optional<String> signature) -> signature.map(s ->
                    software.amazon.awssdk.services.bedrockruntime.model.ContentBlock.fromReasoningContent(
                            ReasoningContentBlock.fromReasoningText(ReasoningTextBlock.builder().text(text).signature(s).build())));
        };
    }

    private static ToolResultBlock toolResult(ContentBlock.ToolResult result) {
        var content = new ArrayList<ToolResultContentBlock>();
        for (ToolResultContent part : result.content()) {
            content.add(switch (part) {
                case ToolResultContent.Text t -> ToolResultContentBlock.fromText(t.text());
                case ToolResultContent.Json j -> ToolResultContentBlock.fromJson(Documents.toDocument(j.value()));
            });
        }
        return ToolResultBlock.builder().toolUseId(result.toolUseId()).content(content)
                .status(result.status() == dev.agentcore4j.agent.ToolResultStatus.ERROR
                        ? ToolResultStatus.ERROR : ToolResultStatus.SUCCESS)
                .build();
    }
}
