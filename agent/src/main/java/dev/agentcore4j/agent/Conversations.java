package dev.agentcore4j.agent;

import java.util.ArrayList;
import java.util.List;

/** Where a conversation may be cut, and how messages are appended so roles keep alternating. */
final class Conversations {

    private Conversations() {
    }

    /** A user message without tool results: the conversation may start there. */
    static boolean isSafeStart(Message message) {
        return message.role() == Role.USER && !message.hasToolResult();
    }

    /** The first safe start at index {@code from} or later, or -1. */
    static int safeStartAtOrAfter(List<Message> messages, int from) {
        for (int i = Math.max(0, from); i < messages.size(); i++) {
            if (isSafeStart(messages.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The last safe start before index {@code before}, or -1. */
    static int safeStartBefore(List<Message> messages, int before) {
        for (int i = Math.min(before, messages.size()) - 1; i >= 0; i--) {
            if (isSafeStart(messages.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Appends {@code message}; a user message that follows a user message (after a cancelled or
     * round-limited turn) is merged into it, because Converse requires alternating roles.
     */
    static List<Message> append(List<Message> messages, Message message) {
        var out = new ArrayList<>(messages);
        if (!out.isEmpty() && out.getLast().role() == message.role() && message.role() == Role.USER) {
            var merged = new ArrayList<>(out.removeLast().content());
            merged.addAll(message.content());
            out.add(new Message(Role.USER, merged));
        } else {
            out.add(message);
        }
        return List.copyOf(out);
    }

    /** A plain-text transcript, for summarising without sending tool blocks. */
    static String transcript(List<Message> messages) {
        var sb = new StringBuilder();
        for (Message m : messages) {
            for (ContentBlock block : m.content()) {
                String line = switch (block) {
                    case ContentBlock.Text t -> t.text();
                    case ContentBlock.ToolUse u -> "[called tool " + u.name() + " with " + u.input() + "]";
                    case ContentBlock.ToolResult r -> "[tool result " + r.status().name().toLowerCase() + ": " + r.text() + "]";
                    case ContentBlock.Image i -> "[image " + i.format() + "]";
                    case ContentBlock.Reasoning _ -> "";
                };
                if (!line.isEmpty()) {
                    sb.append(m.role().name().toLowerCase()).append(": ").append(line).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
