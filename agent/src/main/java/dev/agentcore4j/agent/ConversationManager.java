package dev.agentcore4j.agent;

import java.util.List;

/**
 * Keeps the conversation within the model's context window. The agent calls {@link #manage} before
 * every model call and replaces its history with the result; when the model still reports
 * {@link ContextOverflowException} it calls {@link #reduce} and retries, a bounded number of times.
 * Implementations must keep the conversation valid: it starts with a user message and never
 * separates a tool use from its tool result.
 */
public interface ConversationManager {

    List<Message> manage(List<Message> messages);

    /**
     * Shrinks the conversation after an overflow.
     *
     * @throws ContextOverflowException {@code overflow} itself when nothing more can be removed
     */
    List<Message> reduce(List<Message> messages, ContextOverflowException overflow);

    /** Keeps everything; an overflow is final. */
    static ConversationManager none() {
        return new ConversationManager() {
            @Override
            public List<Message> manage(List<Message> messages) {
                return messages;
            }

            @Override
            public List<Message> reduce(List<Message> messages, ContextOverflowException overflow) {
                throw overflow;
            }
        };
    }
}
