package dev.agentcore4j.agent;

import java.util.Map;

/**
 * A tool the model may call: the unit of extension for agent capabilities.
 *
 * <p>The agent validates {@code input} against {@link ToolSpec#inputSchema()} before calling
 * {@link #invoke}, runs tools requested in one turn concurrently on virtual threads, and turns an
 * exception thrown here into an error tool result for the model (the turn continues): a
 * {@link ToolException} with its message, anything else logged and answered generically with only
 * the exception's type. Long-running tools should check {@link ToolContext#cancellation()} or
 * respond to interruption.
 *
 * <pre>{@code
 * Tool echo = Tools.of("echo", "Repeats the text",
 *         Map.of("type", "object",
 *                "properties", Map.of("text", Map.of("type", "string")),
 *                "required", List.of("text")),
 *         (input, context) -> input.get("text"));
 * }</pre>
 */
public interface Tool {

    /** Name, description and input JSON schema, as offered to the model. */
    ToolSpec spec();

    /**
     * Runs the tool.
     *
     * @param input   the arguments, JSON-like and already validated against the schema
     * @param context the tool use id, the agent state and the cancellation token
     * @return the result for the model
     * @throws ToolException a failure whose message the model should see
     * @throws Exception any other failure; it becomes a generic {@link ToolResultStatus#ERROR} result
     */
    ToolOutput invoke(Map<String, Object> input, ToolContext context) throws Exception;
}
