package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One metadata condition of ListEvents ({@code eventMetadata}) or RetrieveMemoryRecords
 * ({@code metadataFilters}): a key that must equal a value, exist, or not exist.
 */
record MetadataFilter(String key, String operator, Optional<String> value) {

    static List<MetadataFilter> read(Checks checks, JsonNode parent, String name, String path, int max) {
        List<MetadataFilter> out = new ArrayList<>();
        List<JsonNode> items = checks.list(parent, name, path, false, 1, max);
        for (int i = 0; i < items.size(); i++) {
            String at = path + "." + (i + 1) + ".member";
            JsonNode item = items.get(i);
            Optional<String> key = checks.object(item, "left", at + ".left", true)
                    .flatMap(left -> checks.union(left, at + ".left", List.of("metadataKey"))
                            .flatMap(k -> checks.required(left, "metadataKey", at + ".left.metadataKey",
                                    Constraints.METADATA, 1, Constraints.METADATA_KEY_MAX)));
            Optional<String> operator = checks.required(item, "operator", at + ".operator");
            operator.ifPresent(o -> checks.oneOf(at + ".operator", o, Constraints.OPERATORS));
            Optional<String> value = checks.object(item, "right", at + ".right", false)
                    .flatMap(right -> checks.union(right, at + ".right", List.of("metadataValue"))
                            .flatMap(k -> EventInputs.metadataValue(checks, right.get("metadataValue"),
                                    at + ".right.metadataValue")));
            if (operator.filter("EQUALS_TO"::equals).isPresent() && value.isEmpty()) {
                checks.fail(at + ".right", "EQUALS_TO needs a right-hand metadataValue to compare with");
            }
            if (key.isPresent() && operator.isPresent()) {
                out.add(new MetadataFilter(key.get(), operator.get(), value));
            }
        }
        return out;
    }

    /** @param metadata a {@code MetadataMap}: key → {@code {"stringValue": ...}} */
    boolean matches(JsonNode metadata) {
        JsonNode entry = metadata.path(key);
        return switch (operator) {
            case "EXISTS" -> !entry.isMissingNode();
            case "NOT_EXISTS" -> entry.isMissingNode();
            default -> value.isPresent() && value.get().equals(entry.path("stringValue").asText(null));
        };
    }

    static boolean all(List<MetadataFilter> filters, JsonNode metadata) {
        return filters.stream().allMatch(f -> f.matches(metadata));
    }
}
