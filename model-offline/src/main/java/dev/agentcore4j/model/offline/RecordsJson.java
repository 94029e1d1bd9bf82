package dev.agentcore4j.model.offline;

import java.util.List;

/**
 * Writes the extraction answer {@code {"records":["...",...]}}. The one JSON text this module
 * writes: model-offline depends on the JDK and the agent API only (its enforcer rule), so it escapes
 * strings itself, per RFC 8259 section 7; the caller parses the answer with a real JSON codec.
 */
final class RecordsJson {

    private RecordsJson() {
    }

    static String write(List<String> records) {
        var json = new StringBuilder("{\"").append(ExtractionPrompt.RECORDS_FIELD).append("\":[");
        for (int i = 0; i < records.size(); i++) {
            json.append(i == 0 ? "\"" : ",\"");
            escape(records.get(i), json);
            json.append('"');
        }
        return json.append("]}").toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
