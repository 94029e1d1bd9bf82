package dev.agentcore4j.agent;

/**
 * A deliberate tool failure whose message the model should see, for example "city 'Atlantis' is
 * not in the dataset". Any other exception a tool throws is logged and reaches the model only as a
 * generic error, so paths, SQL or host details stay out of the conversation.
 *
 * <pre>{@code
 * Tool weather = Tools.of("get_weather", "Weather", schema, (input, context) -> {
 *     throw new ToolException("unknown city '" + input.get("city") + "'");
 * });
 * }</pre>
 */
public class ToolException extends RuntimeException {

    public ToolException(String message) {
        super(message);
    }

    public ToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
