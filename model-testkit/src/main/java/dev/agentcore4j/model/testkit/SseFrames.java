package dev.agentcore4j.model.testkit;

import java.nio.charset.StandardCharsets;

/** Server-sent event frames as providers write them: {@code event:} and {@code data:} lines, a blank line. */
public final class SseFrames {

    private SseFrames() {
    }

    /** A frame with only a data line (OpenAI style). */
    public static byte[] data(String data) {
        return ("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A frame with an event name and a data line (Anthropic style). */
    public static byte[] event(String name, String data) {
        return ("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
