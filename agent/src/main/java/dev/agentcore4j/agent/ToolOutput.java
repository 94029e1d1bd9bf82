package dev.agentcore4j.agent;

import java.util.List;
import java.util.Objects;

/**
 * What a tool returns: content for the model and a status.
 *
 * <pre>{@code
 * return ToolOutput.json(Map.of("city", "Tokyo", "temperature_c", 18));
 * return ToolOutput.error("city 'Atlantis' is not in the offline dataset");
 * }</pre>
 */
public record ToolOutput(List<ToolResultContent> content, ToolResultStatus status) {

    public ToolOutput {
        content = List.copyOf(content);
        Objects.requireNonNull(status, "status");
    }

    public static ToolOutput text(String text) {
        return new ToolOutput(List.of(new ToolResultContent.Text(text)), ToolResultStatus.SUCCESS);
    }

    /** A JSON-like value: Map, List, String, Number or Boolean. */
    public static ToolOutput json(Object value) {
        return new ToolOutput(List.of(new ToolResultContent.Json(value)), ToolResultStatus.SUCCESS);
    }

    /** A failure the model should see and may recover from. */
    public static ToolOutput error(String message) {
        return new ToolOutput(List.of(new ToolResultContent.Text(message)), ToolResultStatus.ERROR);
    }

    /**
     * Wraps whatever a tool function returned: a ToolOutput as is, a String as text, any other
     * JSON-like value as json; a record is converted to a map of its components.
     */
    public static ToolOutput from(Object value) {
        return switch (value) {
            case null -> throw new IllegalArgumentException("a tool must not return null");
            case ToolOutput output -> output;
            case String text -> text(text);
            case Record record -> json(RecordBinder.toMap(record));
            default -> json(value);
        };
    }

    public boolean isError() {
        return status == ToolResultStatus.ERROR;
    }

    /** The result block answering the given tool use. */
    public ContentBlock.ToolResult toResult(String toolUseId) {
        return new ContentBlock.ToolResult(toolUseId, content, status);
    }
}
