package dev.agentcore4j.memory.extract;

import java.util.List;
import java.util.Objects;

/**
 * What one extraction produced: the new record texts, and every candidate the model offered that
 * was dropped, with the reason (a duplicate, empty, too long, not a string, over the record limit).
 */
public record Extraction(List<String> records, List<Dropped> dropped) {

    /** A candidate record left out; {@code text} is what the model wrote (a JSON rendering when it was no string). */
    public record Dropped(String text, String reason) {
        public Dropped {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public Extraction {
        records = List.copyOf(records);
        dropped = List.copyOf(dropped);
    }

    static final Extraction NOTHING = new Extraction(List.of(), List.of());
}
