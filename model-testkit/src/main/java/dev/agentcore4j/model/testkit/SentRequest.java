package dev.agentcore4j.model.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The provider-neutral facts a provider test reads back from a {@link RecordedRequest} body, so the
 * contract suite can check what went over the wire without knowing the provider's format.
 *
 * @param systemPrompt the system prompt sent, empty for none
 * @param userTexts    the text of user messages, in order (tool results excluded)
 * @param toolNames    the tools offered
 * @param forcedTool   the tool the request forces, if any
 * @param toolResults  the tool results sent back, in order
 * @param maxTokens    the output token limit sent, if any
 */
public record SentRequest(String systemPrompt, List<String> userTexts, List<String> toolNames,
                          Optional<String> forcedTool, List<ToolResultSent> toolResults, OptionalInt maxTokens) {

    public SentRequest {
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        userTexts = List.copyOf(userTexts);
        toolNames = List.copyOf(toolNames);
        Objects.requireNonNull(forcedTool, "forcedTool");
        toolResults = List.copyOf(toolResults);
        Objects.requireNonNull(maxTokens, "maxTokens");
    }

    /** A tool result as sent: the id it answers, its text, and whether it reports an error. */
    public record ToolResultSent(String toolUseId, String text, boolean error) {
    }
}
