package dev.agentcore4j.model.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a structured-output schema from the prompt, deterministically and without pretending to
 * understand it: a "name" string gets the user's name if known, other strings the prompt itself,
 * integers and numbers the numbers in the prompt in order, enums the first value the prompt
 * mentions, booleans false, arrays nothing.
 */
final class StructuredFiller {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private final String prompt;
    private final ConversationFacts facts;
    private final List<String> numbers = new ArrayList<>();
    private int nextNumber;

    private StructuredFiller(String prompt, ConversationFacts facts) {
        this.prompt = prompt;
        this.facts = facts;
        Matcher m = NUMBER.matcher(prompt);
        while (m.find()) {
            numbers.add(m.group());
        }
    }

    static Map<String, Object> fill(Map<String, Object> schema, String prompt, ConversationFacts facts) {
        return new StructuredFiller(prompt, facts).object(schema);
    }

    private Map<String, Object> object(Map<?, ?> schema) {
        var out = new LinkedHashMap<String, Object>();
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            for (var e : properties.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> property) {
                    out.put(String.valueOf(e.getKey()), value(String.valueOf(e.getKey()), property));
                }
            }
        }
        return out;
    }

    private Object value(String name, Map<?, ?> schema) {
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            String lower = prompt.toLowerCase(Locale.ROOT);
            for (Object v : values) {
                if (lower.contains(String.valueOf(v).toLowerCase(Locale.ROOT))) {
                    return v;
                }
            }
            return values.getFirst();
        }
        return switch (String.valueOf(schema.get("type"))) {
            case "integer" -> (long) Double.parseDouble(number());
            case "number" -> Double.parseDouble(number());
            case "boolean" -> false;
            case "array" -> List.of();
            case "object" -> object(schema);
            default -> name.toLowerCase(Locale.ROOT).contains("name")
                    ? facts.name().or(() -> ConversationFacts.statedName(prompt)).orElse(prompt)
                    : prompt;
        };
    }

    private String number() {
        return nextNumber < numbers.size() ? numbers.get(nextNumber++) : "0";
    }
}
