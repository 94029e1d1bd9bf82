package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Server-sent events: {@code data: <json>\n\n} per event, flushed per frame. The headers go out
 * with the first event, so a turn that fails before it is still answered as a JSON error. JSON has
 * no raw line breaks outside strings and escapes them inside, so a frame can never be split.
 */
final class SseWriter {

    private static final byte[] PREFIX = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUFFIX = "\n\n".getBytes(StandardCharsets.US_ASCII);

    private final HttpExchange exchange;
    private OutputStream out;
    private boolean gone;

    SseWriter(HttpExchange exchange) {
        this.exchange = exchange;
    }

    /** @return false when the caller has gone away (the event was not delivered) */
    boolean send(ObjectNode event) {
        if (gone) {
            return false;
        }
        try {
            if (out == null) {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(200, 0);
                out = exchange.getResponseBody();
            }
            out.write(PREFIX);
            out.write(Json.bytes(event));
            out.write(SUFFIX);
            out.flush();
            return true;
        } catch (IOException e) {
            gone = true;
            return false;
        }
    }

    boolean started() {
        return out != null;
    }

    boolean gone() {
        return gone;
    }

    void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                gone = true;
            }
        }
    }
}
