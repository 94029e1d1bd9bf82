package dev.agentcore4j.memory.extract;

import dev.agentcore4j.model.offline.ExtractionPrompt;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;

/**
 * The user message of an extraction request: the conversation, one line per utterance, and the
 * records already remembered. Bounded, so a long session cannot make a prompt of any size: the most
 * recent {@value #MAX_UTTERANCES} utterances and {@value #MAX_CONVERSATION_CHARS} characters, each
 * utterance cut at {@value #MAX_UTTERANCE_CHARS}; the last {@value #MAX_KNOWN} existing records.
 */
final class ExtractionInput {

    static final int MAX_UTTERANCES = 100;
    static final int MAX_CONVERSATION_CHARS = 24_000;
    static final int MAX_UTTERANCE_CHARS = 4_000;
    static final int MAX_KNOWN = 50;

    private ExtractionInput() {
    }

    /** The lines {@code <role>: <text>} of the recent non-blank utterances, oldest first; empty when none. */
    static List<String> conversationLines(List<Utterance> conversation) {
        var lines = new ArrayDeque<String>();
        int chars = 0;
        for (Utterance u : conversation.reversed()) {
            String text = RecordTexts.cut(RecordTexts.flat(u.text()), MAX_UTTERANCE_CHARS);
            if (text.isEmpty()) {
                continue;
            }
            String line = u.role().name().toLowerCase(Locale.ROOT) + ": " + text;
            if (lines.size() == MAX_UTTERANCES || chars + line.length() > MAX_CONVERSATION_CHARS) {
                break;
            }
            lines.addFirst(line);
            chars += line.length();
        }
        return List.copyOf(lines);
    }

    static String userMessage(List<String> conversationLines, List<String> existing) {
        var text = new StringBuilder(ExtractionPrompt.CONVERSATION).append('\n');
        conversationLines.forEach(line -> text.append(line).append('\n'));
        List<String> known = existing.subList(Math.max(0, existing.size() - MAX_KNOWN), existing.size());
        if (!known.isEmpty()) {
            text.append(ExtractionPrompt.KNOWN).append('\n');
            known.forEach(k -> text.append("- ").append(RecordTexts.cut(RecordTexts.flat(k), ExtractionPrompt.MAX_RECORD_CHARS)).append('\n'));
        }
        return text.toString();
    }
}
