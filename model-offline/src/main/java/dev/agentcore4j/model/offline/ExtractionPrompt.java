package dev.agentcore4j.model.offline;

/**
 * The text protocol of a memory extraction request, shared by whoever asks (module
 * {@code memory-extract}) and by the offline model, which answers it deterministically. It lives
 * here so the dependency arrow points one way: memory-extract depends on model-offline, never the
 * reverse (issue #5).
 *
 * <p>A request has a system prompt whose first line is {@link #MARKER} and whose second line is
 * {@link #STRATEGY} followed by one of {@link #SEMANTIC}, {@link #USER_PREFERENCE},
 * {@link #SUMMARY} or {@link #EPISODIC}; free instructions for real models follow. The user
 * message holds the line {@link #CONVERSATION}, then one line per utterance,
 * {@code <role>: <text>} with role {@code user}, {@code assistant}, {@code tool} or {@code other}
 * and the text on one line; optionally the line {@link #KNOWN} and one {@code - <text>} line per
 * record already remembered. The answer is a JSON object {@code {"records": ["...", ...]}}.
 *
 * <pre>{@code
 * [agentcore4j:memory-extraction/v1]
 * strategy: semantic
 * ...
 * }</pre>
 */
public final class ExtractionPrompt {

    /** The first line of an extraction request's system prompt. */
    public static final String MARKER = "[agentcore4j:memory-extraction/v1]";
    /** Starts the second line of the system prompt; the strategy name follows. */
    public static final String STRATEGY = "strategy: ";
    public static final String SEMANTIC = "semantic";
    public static final String USER_PREFERENCE = "user_preference";
    public static final String SUMMARY = "summary";
    public static final String EPISODIC = "episodic";
    /** The line that opens the conversation in the user message. */
    public static final String CONVERSATION = "Conversation:";
    /** The line that opens the list of records already remembered (each line {@code - <text>}). */
    public static final String KNOWN = "Already remembered:";
    /** The one field of the JSON answer: an array of record texts. */
    public static final String RECORDS_FIELD = "records";
    /** The most records one answer may hold. */
    public static final int MAX_RECORDS = 10;
    /** The longest record text, in characters. */
    public static final int MAX_RECORD_CHARS = 500;

    private ExtractionPrompt() {
    }
}
