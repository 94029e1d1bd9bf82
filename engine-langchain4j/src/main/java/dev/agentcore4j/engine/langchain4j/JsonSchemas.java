package dev.agentcore4j.engine.langchain4j;

import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our tool input schemas (JSON-like maps, a draft 2020-12 subset) to LangChain4j's schema elements
 * and back. Keywords LangChain4j has no element field for (minimum, maximum, default) are not
 * carried over: our tool adapter validates arguments against the original schema anyway.
 */
final class JsonSchemas {

    private JsonSchemas() {
    }

    static JsonObjectSchema toObjectSchema(Map<String, Object> schema) {
        JsonObjectSchema.Builder object = JsonObjectSchema.builder();
        description(schema).ifPresent(object::description);
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            properties.forEach((name, property) -> object.addProperty(String.valueOf(name), toElement(asMap(property))));
        }
        if (schema.get("required") instanceof List<?> required) {
            object.required(required.stream().map(String::valueOf).toList());
        }
        if (schema.get("additionalProperties") instanceof Boolean additional) {
            object.additionalProperties(additional);
        }
        return object.build();
    }

    static JsonSchemaElement toElement(Map<String, Object> schema) {
        String description = description(schema).orElse(null);
        if (schema.get("enum") instanceof List<?> values) {
            return JsonEnumSchema.builder().description(description)
                    .enumValues(values.stream().map(String::valueOf).toList()).build();
        }
        if (schema.get("anyOf") instanceof List<?> options) {
            return JsonAnyOfSchema.builder().description(description)
                    .anyOf(options.stream().map(o -> toElement(asMap(o))).toList()).build();
        }
        return switch (String.valueOf(schema.get("type"))) {
            case "object" -> toObjectSchema(schema);
            case "string" -> JsonStringSchema.builder().description(description).build();
            case "integer" -> JsonIntegerSchema.builder().description(description).build();
            case "number" -> JsonNumberSchema.builder().description(description).build();
            case "boolean" -> JsonBooleanSchema.builder().description(description).build();
            case "null" -> new JsonNullSchema();
            case "array" -> JsonArraySchema.builder().description(description)
                    .items(toElement(asMap(schema.getOrDefault("items", Map.of("type", "string"))))).build();
            default -> JsonRawSchema.from(Json.write(schema));
        };
    }

    static Map<String, Object> toMap(JsonSchemaElement element) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (element) {
            case JsonObjectSchema object -> {
                out.put("type", "object");
                Map<String, Object> properties = new LinkedHashMap<>();
                if (object.properties() != null) {
                    object.properties().forEach((name, property) -> properties.put(name, toMap(property)));
                }
                out.put("properties", properties);
                if (object.required() != null && !object.required().isEmpty()) {
                    out.put("required", List.copyOf(object.required()));
                }
            }
            case JsonStringSchema _ -> out.put("type", "string");
            case JsonIntegerSchema _ -> out.put("type", "integer");
            case JsonNumberSchema _ -> out.put("type", "number");
            case JsonBooleanSchema _ -> out.put("type", "boolean");
            case JsonNullSchema _ -> out.put("type", "null");
            case JsonEnumSchema e -> {
                out.put("type", "string");
                out.put("enum", List.copyOf(e.enumValues()));
            }
            case JsonArraySchema array -> {
                out.put("type", "array");
                if (array.items() != null) {
                    out.put("items", toMap(array.items()));
                }
            }
            case JsonAnyOfSchema anyOf -> out.put("anyOf", anyOf.anyOf().stream().map(JsonSchemas::toMap).toList());
            case JsonRawSchema raw -> out.putAll(Json.arguments(raw.schema()));
            case JsonReferenceSchema reference -> out.put("$ref", "#/$defs/" + reference.reference());
            default -> throw new IllegalArgumentException("unsupported LangChain4j schema element: "
                    + element.getClass().getSimpleName());
        }
        if (element.description() != null && !out.containsKey("description")) {
            out.put("description", element.description());
        }
        return out;
    }

    private static java.util.Optional<String> description(Map<String, Object> schema) {
        return schema.get("description") instanceof String text ? java.util.Optional.of(text) : java.util.Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("a JSON schema must be an object, got " + value);
    }
}
