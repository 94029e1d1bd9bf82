package dev.agentcore4j.model.bedrock;

import dev.agentcore4j.agent.ModelEvent;
import dev.agentcore4j.agent.ModelEventSink;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;

/** Replays the content blocks of a (non-streamed) Converse response as the events a stream would give. */
final class ConverseBlocks {

    private ConverseBlocks() {
    }

    static void emit(ContentBlock block, ModelEventSink sink) {
        if (block.text() != null) {
            sink.accept(new ModelEvent.TextDelta(block.text()));
        } else if (block.toolUse() != null) {
            var use = block.toolUse();
            sink.accept(new ModelEvent.ToolUseStart(use.toolUseId(), use.name()));
            sink.accept(new ModelEvent.ToolUseStop(use.toolUseId(), Documents.toObject(use.input())));
        } else if (block.reasoningContent() != null && block.reasoningContent().reasoningText() != null) {
            var reasoning = block.reasoningContent().reasoningText();
            sink.accept(new ModelEvent.ReasoningDelta(reasoning.text() == null ? "" : reasoning.text()));
            if (reasoning.signature() != null) {
                sink.accept(new ModelEvent.ReasoningSignature(reasoning.signature()));
            }
        }
    }
}
