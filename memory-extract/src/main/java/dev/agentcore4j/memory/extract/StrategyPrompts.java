package dev.agentcore4j.memory.extract;

import dev.agentcore4j.model.offline.ExtractionPrompt;

/**
 * The system prompt of each strategy: the {@link ExtractionPrompt} marker and strategy lines (which
 * the offline model reads), then instructions for real models, then the answer format.
 */
final class StrategyPrompts {

    private static final String INTRO = """
            You extract long-term memory records from a conversation between a user and an AI assistant.
            The conversation follows the line "%s", one message per line as "<role>: <text>".
            Records listed after "%s" are already stored: do not repeat them, not even reworded.
            """.formatted(ExtractionPrompt.CONVERSATION, ExtractionPrompt.KNOWN);

    private static final String RULES = """
            Rules:
            - Each record is one self-contained sentence about the user, in the third person ("The user ...").
            - Write each record in the language the user wrote it in.
            - Use only what the conversation says; never guess, never add advice.
            - At most %d records, each at most %d characters.
            Answer with JSON only, exactly this shape and nothing else: {"%s": ["record", "record"]}
            When there is nothing to remember, answer {"%s": []}.
            """.formatted(ExtractionPrompt.MAX_RECORDS, ExtractionPrompt.MAX_RECORD_CHARS,
            ExtractionPrompt.RECORDS_FIELD, ExtractionPrompt.RECORDS_FIELD);

    private StrategyPrompts() {
    }

    static String system(StrategyKind kind) {
        return ExtractionPrompt.MARKER + "\n" + ExtractionPrompt.STRATEGY + kind.protocolName() + "\n"
                + INTRO + task(kind) + "\n" + RULES;
    }

    private static String task(StrategyKind kind) {
        return switch (kind) {
            case SEMANTIC -> """
                    Task: extract durable facts the user stated about themselves and their world: their name, where
                    they live, come from and work, their role, the people, projects and things they mention that stay
                    true beyond this conversation. One fact per record. Ignore questions, small talk, requests, and
                    anything only the assistant said.""";
            case USER_PREFERENCE -> """
                    Task: extract the user's preferences: what they like, love, prefer, dislike or avoid (food, tools,
                    styles, ways of working, how they want answers). One preference per record. Ignore questions and
                    anything only the assistant said.""";
            case SUMMARY -> """
                    Task: write exactly one record: a short summary of the conversation, naming its topics, what was
                    decided or answered, and the user's latest request.""";
            case EPISODIC -> """
                    Task: write exactly one record describing this episode: what the user wanted, what happened
                    (the assistant's replies and any tools used), and the outcome (answered, unresolved, or still open).""";
        };
    }
}
