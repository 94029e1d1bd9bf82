package dev.agentcore4j.compare;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scenario file: {@code {"scenarios": [{"id", "category", "language", "turns": [...],
 * "checks": [{"tool": name, "input": {...}} | {"facts": [...]} | {"absent": [...]} | {"no_tools": true}]}]}}.
 *
 * <pre>{@code List<Scenario> suite = Scenarios.bundled();}</pre>
 */
public final class Scenarios {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUNDLED = "scenarios.json";

    private Scenarios() {
    }

    /** The bundled suite: every category in English and Japanese. */
    public static List<Scenario> bundled() {
        try (InputStream in = Scenarios.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + BUNDLED + " is missing from the class path");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new CompareException("cannot read the bundled " + BUNDLED, e);
        }
    }

    /** Parses a scenario file; a malformed one is a {@link CompareException} naming the scenario and field. */
    public static List<Scenario> parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new CompareException("the scenario file is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CompareException("cannot read the scenario file", e);
        }
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : required(root, "scenarios", "the file")) {
            Scenario scenario = scenario(node);
            if (!ids.add(scenario.id())) {
                throw new CompareException("scenario id " + scenario.id() + " appears twice");
            }
            scenarios.add(scenario);
        }
        if (scenarios.isEmpty()) {
            throw new CompareException("the scenario file has no scenarios");
        }
        return List.copyOf(scenarios);
    }

    private static Scenario scenario(JsonNode node) {
        String id = required(node, "id", "a scenario").asText();
        String where = "scenario " + id;
        List<String> turns = strings(required(node, "turns", where), where + " turns");
        List<Check> checks = new ArrayList<>();
        for (JsonNode check : required(node, "checks", where)) {
            checks.add(check(check, where));
        }
        return new Scenario(id, Category.of(required(node, "category", where).asText()),
                required(node, "language", where).asText(), turns, checks);
    }

    private static Check check(JsonNode node, String where) {
        if (node.has("tool")) {
            Map<String, Object> input = JSON.convertValue(node.path("input").isObject() ? node.get("input")
                    : JSON.createObjectNode(), JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
            return new Check.ToolCalled(node.get("tool").asText(), input);
        }
        if (node.has("facts")) {
            return new Check.Facts(strings(node.get("facts"), where + " facts"));
        }
        if (node.has("absent")) {
            return new Check.Absent(strings(node.get("absent"), where + " absent"));
        }
        if (node.path("no_tools").asBoolean(false)) {
            return new Check.NoToolCalls();
        }
        throw new CompareException(where + " has a check of unknown kind " + node
                + "; use tool, facts, absent or no_tools");
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new CompareException(where + " needs a \"" + field + "\" field");
        }
        return value;
    }

    private static List<String> strings(JsonNode array, String where) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new CompareException(where + " must be non-empty strings, got " + item);
            }
            out.add(item.asText());
        }
        return out;
    }
}
