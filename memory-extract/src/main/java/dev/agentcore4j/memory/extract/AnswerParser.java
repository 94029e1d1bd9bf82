package dev.agentcore4j.memory.extract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.agentcore4j.model.offline.ExtractionPrompt;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a model's extraction answer: exactly one JSON object whose only field is
 * {@code "records"}, an array. One Markdown code fence around it is tolerated (many models add
 * one); anything else (prose, trailing text, duplicate keys, other fields, a wrong shape) fails with
 * an {@link ExtractionException} that says what was wrong. The array's elements are checked by the
 * caller, one by one.
 */
final class AnswerParser {

    static final int MAX_ANSWER_CHARS = 64 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION) // never echo memory content into errors
            .build();
    private static final String SHAPE = "{\"" + ExtractionPrompt.RECORDS_FIELD + "\": [\"...\"]}";

    private AnswerParser() {
    }

    static List<JsonNode> candidates(StrategyKind kind, String answer) {
        String text = unfenced(answer.strip());
        if (text.isEmpty()) {
            throw invalid(kind, "the model answered with no text");
        }
        if (text.length() > MAX_ANSWER_CHARS) {
            throw invalid(kind, "the model's answer has " + text.length() + " characters; at most " + MAX_ANSWER_CHARS + " are read");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw invalid(kind, "the model's answer is not one JSON value (" + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()) + ")");
        }
        if (!root.isObject()) {
            throw invalid(kind, "the model's answer is a JSON " + type(root) + ", not an object");
        }
        var fields = new ArrayList<String>();
        root.fieldNames().forEachRemaining(fields::add);
        fields.remove(ExtractionPrompt.RECORDS_FIELD);
        if (!fields.isEmpty()) {
            throw invalid(kind, "the model's answer has fields other than \"" + ExtractionPrompt.RECORDS_FIELD + "\": " + fields);
        }
        JsonNode records = root.get(ExtractionPrompt.RECORDS_FIELD);
        if (records == null) {
            throw invalid(kind, "the model's answer has no \"" + ExtractionPrompt.RECORDS_FIELD + "\" field");
        }
        if (!records.isArray()) {
            throw invalid(kind, "\"" + ExtractionPrompt.RECORDS_FIELD + "\" is a JSON " + type(records) + ", not an array");
        }
        var out = new ArrayList<JsonNode>();
        records.forEach(out::add);
        return out;
    }

    /** The text inside one surrounding Markdown code fence (```json ... ```), or the text itself. */
    private static String unfenced(String text) {
        if (!text.startsWith("```") || !text.endsWith("```") || text.length() < 6) {
            return text;
        }
        int firstLineEnd = text.indexOf('\n');
        if (firstLineEnd < 0) {
            return text;
        }
        return text.substring(firstLineEnd + 1, text.length() - 3).strip();
    }

    static String type(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static String render(JsonNode node) {
        return node.toString();
    }

    private static ExtractionException invalid(StrategyKind kind, String problem) {
        return new ExtractionException(kind + " extraction: " + problem + ". The model must answer only " + SHAPE
                + "; use a model that follows JSON instructions, or lower its temperature.");
    }
}
