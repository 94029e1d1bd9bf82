package dev.agentcore4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Prints an agent's answer as it arrives: text deltas to stdout; tool calls and results, and what
 * memory recalled or failed to do, to stderr.
 * Server-sent events from the bundled agent are decoded; any other body is printed as it is.
 */
final class StreamPrinter {

    static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;
    private final boolean raw;
    private boolean failed;

    StreamPrinter(PrintStream out, PrintStream err, boolean raw) {
        this.out = out;
        this.err = err;
        this.raw = raw;
    }

    /** Whether the stream reported an {@code error} event (a refused or failed turn). */
    boolean failed() {
        return failed;
    }

    void print(InputStream body, String contentType) throws IOException {
        if (raw || contentType == null || !contentType.startsWith("text/event-stream")) {
            byte[] bytes = body.readAllBytes();
            out.println(raw ? new String(bytes, StandardCharsets.UTF_8) : answer(bytes));
            return;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.startsWith("data: ")) {
                event(JSON.readTree(line.substring("data: ".length())));
            }
        }
        out.println();
    }

    private String answer(byte[] body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json.path("response").isTextual() ? json.path("response").asText() : json.toString();
        } catch (IOException notJson) {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private void event(JsonNode event) {
        switch (event.path("type").asText()) {
            case "text_delta" -> {
                out.print(event.path("text").asText());
                out.flush();
            }
            case "tool_call" -> err.println("  → " + event.path("name").asText() + " " + event.path("input"));
            case "tool_result" -> err.println("  ← " + event.path("name").asText() + " " + event.path("status").asText()
                    + " (" + event.path("duration_ms").asLong() + " ms)");
            case "memory_recall" -> event.path("records").forEach(r -> err.println("  ↺ recalled " + r.path("text").asText()
                    + String.format(Locale.ROOT, " (%.2f, %s)", r.path("score").asDouble(), r.path("namespace").asText())));
            case "memory_warning" -> err.println("  ! memory: " + event.path("message").asText());
            case "error" -> {
                failed = true;
                err.println("error: " + event.path("message").asText());
            }
            case "usage", "finished", "reasoning_delta" -> { }
            default -> err.println(event); // an agent of another shape: show it as it is
        }
    }
}
