package dev.agentcore4j.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When the conversation grows past {@code maxMessages}, asks the model to summarise the oldest
 * messages and replaces them with the summary, keeping about {@code keepRecent} recent messages.
 * The summary is prepended to the first kept user message (Converse wants alternating roles). The
 * older part is sent as a plain transcript, so the summary call needs no tool configuration.
 */
public final class SummarizingConversationManager implements ConversationManager {

    static final String SUMMARY_PREFIX = "Summary of the earlier conversation:\n";
    private static final String INSTRUCTION = """
            Summarise the following conversation in a few sentences. Keep names, numbers, decisions \
            and facts the user stated about themselves. Answer with the summary only.""";

    private final Model model;
    private final int maxMessages;
    private final int keepRecent;

    /** Keeps half of {@code maxMessages} recent messages when summarising. */
    public SummarizingConversationManager(Model model, int maxMessages) {
        this(model, maxMessages, Math.max(1, maxMessages / 2));
    }

    public SummarizingConversationManager(Model model, int maxMessages, int keepRecent) {
        this.model = Objects.requireNonNull(model, "model");
        if (maxMessages < 2 || keepRecent < 1 || keepRecent >= maxMessages) {
            throw new IllegalArgumentException("need maxMessages >= 2 and 1 <= keepRecent < maxMessages");
        }
        this.maxMessages = maxMessages;
        this.keepRecent = keepRecent;
    }

    @Override
    public List<Message> manage(List<Message> messages) {
        if (messages.size() <= maxMessages) {
            return messages;
        }
        int cut = Conversations.safeStartAtOrAfter(messages, messages.size() - keepRecent);
        return cut <= 0 ? messages : summarise(messages, cut);
    }

    @Override
    public List<Message> reduce(List<Message> messages, ContextOverflowException overflow) {
        int cut = Conversations.safeStartAtOrAfter(messages, Math.max(1, messages.size() / 2));
        if (cut <= 0) {
            throw overflow;
        }
        return summarise(messages, cut);
    }

    private List<Message> summarise(List<Message> messages, int cut) {
        String transcript = Conversations.transcript(messages.subList(0, cut));
        ModelRequest request = ModelRequest.of(List.of(Message.user(INSTRUCTION + "\n\n" + transcript)))
                .withSystemPrompt("You write concise, faithful conversation summaries.");
        String summary = model.converse(request).message().text().strip();
        Message firstKept = messages.get(cut);
        var content = new ArrayList<ContentBlock>();
        content.add(new ContentBlock.Text(SUMMARY_PREFIX + summary));
        content.addAll(firstKept.content());
        var kept = new ArrayList<Message>();
        kept.add(new Message(Role.USER, content));
        kept.addAll(messages.subList(cut + 1, messages.size()));
        return List.copyOf(kept);
    }
}
