package dev.agentcore4j.memory.client;

import java.util.List;
import java.util.Objects;

/**
 * What long-term memory recalled for one turn: the records, most relevant first, and the
 * namespaces that were searched.
 *
 * <pre>{@code
 * Recall recall = memory.recall(actor, prompt);
 * String system = basePrompt + recall.section();   // "" when nothing was recalled
 * }</pre>
 */
public record Recall(String query, List<String> namespaces, List<RecalledRecord> records) {

    /** The heading of the system-prompt section; a model (the offline one included) reads what follows it. */
    public static final String HEADING = "What you remember about the user:";

    public Recall {
        Objects.requireNonNull(query, "query");
        namespaces = List.copyOf(namespaces);
        records = List.copyOf(records);
    }

    public static Recall none(String query) {
        return new Recall(query, List.of(), List.of());
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }

    /**
     * The records as a clearly delimited system-prompt section to append to the agent's own prompt:
     * a blank line, {@link #HEADING}, one {@code - <text>} line per record; "" when nothing was recalled.
     */
    public String section() {
        if (records.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n\n").append(HEADING);
        for (RecalledRecord record : records) {
            out.append("\n- ").append(record.text().replaceAll("\\s*\\R\\s*", " ").strip());
        }
        return out.toString();
    }
}
