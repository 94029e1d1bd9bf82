package dev.agentcore4j.agent;

import java.util.List;

/**
 * Keeps about the last {@code maxMessages} messages. The window starts at a user message that holds
 * no tool results, so it never separates a tool use from its result; when no such start exists
 * inside the window it keeps more rather than break the conversation. On overflow it halves.
 */
public final class SlidingWindowConversationManager implements ConversationManager {

    private final int maxMessages;

    public SlidingWindowConversationManager(int maxMessages) {
        if (maxMessages < 1) {
            throw new IllegalArgumentException("maxMessages must be >= 1");
        }
        this.maxMessages = maxMessages;
    }

    @Override
    public List<Message> manage(List<Message> messages) {
        if (messages.size() <= maxMessages) {
            return messages;
        }
        int start = Conversations.safeStartAtOrAfter(messages, messages.size() - maxMessages);
        if (start < 0) {
            start = Conversations.safeStartBefore(messages, messages.size() - maxMessages);
        }
        return start <= 0 ? messages : List.copyOf(messages.subList(start, messages.size()));
    }

    @Override
    public List<Message> reduce(List<Message> messages, ContextOverflowException overflow) {
        int start = Conversations.safeStartAtOrAfter(messages, Math.max(1, messages.size() / 2));
        if (start <= 0) {
            throw overflow;
        }
        return List.copyOf(messages.subList(start, messages.size()));
    }
}
