package dev.agentcore4j.memory.client;

import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a conversation read from events one a model accepts, whatever happened while it was
 * recorded (a crash between a tool use and its result, a turn that failed after its prompt, events
 * from other clients): roles alternate (neighbours of one role are merged), every tool use is answered
 * by a result in the next message and every result answers a use in the message before (the others
 * are dropped), it starts with a user prompt, and it keeps at most the last {@code max} messages,
 * cut where a user prompt begins.
 */
final class Repair {

    private Repair() {
    }

    static List<StoredMessage> conversation(List<StoredMessage> messages, int max) {
        List<StoredMessage> out = merge(messages);
        out = pairTools(out);
        out = merge(out);
        int from = Math.max(0, out.size() - max);
        int start = safeStart(out, from, out.size(), 1);
        if (start < 0) {
            // no prompt inside the window: keep more rather than start mid-turn
            start = safeStart(out, from - 1, -1, -1);
        }
        return start < 0 ? List.of() : List.copyOf(out.subList(start, out.size()));
    }

    private static List<StoredMessage> merge(List<StoredMessage> messages) {
        List<StoredMessage> out = new ArrayList<>();
        for (StoredMessage m : messages) {
            if (m.message().content().isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && out.getLast().message().role() == m.message().role()) {
                StoredMessage last = out.removeLast();
                List<ContentBlock> merged = new ArrayList<>(last.message().content());
                merged.addAll(m.message().content());
                out.add(new StoredMessage(new Message(m.message().role(), merged), last.at()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static List<StoredMessage> pairTools(List<StoredMessage> messages) {
        List<StoredMessage> out = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i).message();
            Set<String> keep = new HashSet<>();
            if (m.role() == Role.ASSISTANT) {
                Message next = i + 1 < messages.size() ? messages.get(i + 1).message() : null;
                if (next != null && next.role() == Role.USER) {
                    next.toolResults().forEach(r -> keep.add(r.toolUseId()));
                }
            } else {
                Message previous = i > 0 ? messages.get(i - 1).message() : null;
                if (previous != null && previous.role() == Role.ASSISTANT) {
                    previous.toolUses().forEach(u -> keep.add(u.toolUseId()));
                }
            }
            List<ContentBlock> blocks = new ArrayList<>();
            for (ContentBlock block : m.content()) {
                boolean paired = switch (block) {
                    case ContentBlock.ToolUse use -> keep.contains(use.toolUseId());
                    case ContentBlock.ToolResult result -> keep.contains(result.toolUseId());
                    case ContentBlock.Text _, ContentBlock.Image _, ContentBlock.Reasoning _ -> true;
                };
                if (paired) {
                    blocks.add(block);
                }
            }
            if (!blocks.isEmpty()) {
                out.add(new StoredMessage(new Message(m.role(), blocks), messages.get(i).at()));
            }
        }
        return out;
    }

    /** The first index from {@code from} towards {@code end} of a user prompt (a user message without tool results). */
    private static int safeStart(List<StoredMessage> messages, int from, int end, int step) {
        for (int i = from; i != end; i += step) {
            Message m = messages.get(i).message();
            if (m.role() == Role.USER && !m.hasToolResult()) {
                return i;
            }
        }
        return -1;
    }
}
