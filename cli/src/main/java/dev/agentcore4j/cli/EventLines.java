package dev.agentcore4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockagentcore.model.Event;
import software.amazon.awssdk.services.bedrockagentcore.model.PayloadType;

/** One readable line per event for {@code memory inspect}: {@code [user] My name is Alice}, {@code [assistant] called calculate}. */
final class EventLines {

    static final int MAX = 100;

    private EventLines() {
    }

    static String line(Event event) {
        List<String> parts = new ArrayList<>();
        for (PayloadType item : event.payload()) {
            if (item.conversational() != null && item.conversational().content() != null
                    && item.conversational().content().text() != null) {
                parts.add("[" + item.conversational().roleAsString().toLowerCase(Locale.ROOT) + "] "
                        + item.conversational().content().text());
            } else if (item.blob() != null) {
                parts.add(blob(item.blob()));
            }
        }
        String line = String.join(" ", parts).replaceAll("\\s+", " ").strip();
        return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
    }

    /** Our Converse-shaped blob (see memory-client EventPayloads) shows its tool calls; any other blob is just "[blob]". */
    private static String blob(Document blob) {
        if (!blob.isMap() || !blob.asMap().containsKey("content") || !blob.asMap().get("content").isList()) {
            return "[blob]";
        }
        List<String> calls = new ArrayList<>();
        for (Document block : blob.asMap().get("content").asList()) {
            if (block.isMap() && block.asMap().containsKey("toolUse") && block.asMap().get("toolUse").isMap()) {
                Document name = block.asMap().get("toolUse").asMap().get("name");
                calls.add("called " + (name != null && name.isString() ? name.asString() : "a tool"));
            }
        }
        return calls.isEmpty() ? "" : "[" + String.join(", ", calls) + "]";
    }
}
