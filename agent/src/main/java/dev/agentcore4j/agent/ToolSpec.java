package dev.agentcore4j.agent;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the model is told about a tool: a name matching {@value #NAME_PATTERN} (the Bedrock
 * Converse rule), a description, and a JSON schema (draft 2020-12 subset) for its input object.
 */
public record ToolSpec(String name, String description, Map<String, Object> inputSchema) {

    public static final String NAME_PATTERN = "^[a-zA-Z][a-zA-Z0-9_-]{0,63}$";
    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

    public ToolSpec {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tool name must match " + NAME_PATTERN + ": " + name);
        }
        Objects.requireNonNull(description, "description");
        inputSchema = JsonValues.copyObject(inputSchema, "inputSchema");
        if (!"object".equals(inputSchema.get("type"))) {
            throw new IllegalArgumentException("tool '" + name + "' input schema must have type object");
        }
    }

    /**
     * Checks arguments against {@link #inputSchema()}.
     *
     * @return the problems, e.g. {@code "argument 'city' is required"}; empty when valid
     */
    public List<String> validate(Map<String, Object> input) {
        return SchemaValidator.validate(inputSchema, input);
    }
}
