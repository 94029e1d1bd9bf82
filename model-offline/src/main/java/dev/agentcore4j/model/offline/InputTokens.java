package dev.agentcore4j.model.offline;

import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.ToolSpec;

/**
 * The input-token estimate of a request: everything the model is shown, by {@link TokenEstimator}'s
 * rule. The system prompt, each tool spec and each message is estimated once and then remembered by
 * identity, since every call resends them unchanged (the estimate is the bulk of a call's cost
 * otherwise, and grows with the conversation).
 */
final class InputTokens {

    /** A flat, documented guess: images are not read offline. */
    static final int IMAGE_TOKENS = 256;

    private final IdentityMemo<Object, Integer> counted = new IdentityMemo<>(4096);

    int of(ModelRequest request) {
        int tokens = counted.get(request.systemPrompt(), prompt -> TokenEstimator.estimate((String) prompt));
        for (ToolSpec spec : request.tools()) {
            tokens += counted.get(spec, s -> estimate((ToolSpec) s));
        }
        for (Message message : request.messages()) {
            tokens += counted.get(message, m -> estimate((Message) m));
        }
        return tokens;
    }

    static int estimate(ToolSpec spec) {
        return TokenEstimator.estimate(spec.name() + " " + spec.description());
    }

    static int estimate(Message message) {
        int tokens = 0;
        for (ContentBlock block : message.content()) {
            tokens += switch (block) {
                case ContentBlock.Text t -> TokenEstimator.estimate(t.text());
                case ContentBlock.ToolUse u -> TokenEstimator.estimate(u.name() + " " + u.input());
                case ContentBlock.ToolResult r -> TokenEstimator.estimate(r.text());
                case ContentBlock.Reasoning r -> TokenEstimator.estimate(r.text());
                case ContentBlock.Image _ -> IMAGE_TOKENS;
            };
        }
        return tokens;
    }
}
