package dev.agentcore4j.model.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads server-sent events (the WHATWG "event stream" format): {@code data:} lines joined by newlines,
 * dispatched at a blank line; comments ({@code :}) and other fields are skipped. Chat completions
 * streams use only {@code data:}; the Anthropic Messages API repeats the {@code event:} name as the
 * {@code type} of each data object, so the data is enough for both.
 */
public final class SseEvents {

    private final BufferedReader reader;

    public SseEvents(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next event's data, or empty at the end of the stream. */
    public Optional<String> next() throws IOException {
        var data = new StringBuilder();
        boolean any = false;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (any) {
                    return Optional.of(data.toString());
                }
                continue;
            }
            if (line.startsWith("data:")) {
                if (any) {
                    data.append('\n');
                }
                data.append(line.startsWith("data: ") ? line.substring(6) : line.substring(5));
                any = true;
            }
        }
        return any ? Optional.of(data.toString()) : Optional.empty();
    }
}
