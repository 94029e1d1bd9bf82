package dev.agentcore4j.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small builder for the JSON schemas of tool inputs: an object of string and integer properties. */
final class InputSchema {

    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();

    static InputSchema object() {
        return new InputSchema();
    }

    InputSchema string(String name, String description, boolean isRequired) {
        return property(name, Map.of("type", "string", "description", description), isRequired);
    }

    InputSchema choice(String name, String description, List<String> values) {
        return property(name, Map.of("type", "string", "description", description, "enum", values), false);
    }

    InputSchema integer(String name, String description, int minimum, int maximum) {
        return property(name, Map.of("type", "integer", "description", description, "minimum", minimum, "maximum", maximum), false);
    }

    private InputSchema property(String name, Map<String, Object> schema, boolean isRequired) {
        properties.put(name, schema);
        if (isRequired) {
            required.add(name);
        }
        return this;
    }

    Map<String, Object> build() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        return schema;
    }
}
