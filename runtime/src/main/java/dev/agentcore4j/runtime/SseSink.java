package dev.agentcore4j.runtime;

import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.ContainerContract;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes server-sent events: {@code data: <json>\n\n} per event, flushed per frame. The response
 * headers go out with the first event, so a stream that fails before any event is still a plain
 * JSON error response.
 */
final class SseSink implements EventSink {

    private static final byte[] PREFIX = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUFFIX = "\n\n".getBytes(StandardCharsets.US_ASCII);

    private final HttpExchange exchange;
    private final InvocationCancellation cancellation;
    private OutputStream out;
    private int sent;

    SseSink(HttpExchange exchange, InvocationCancellation cancellation) {
        this.exchange = exchange;
        this.cancellation = cancellation;
    }

    @Override
    public void send(Object event) {
        // JSON never contains a raw CR or LF outside strings, and strings escape them: frames stay whole.
        byte[] json = JsonCodec.write(event);
        try {
            start();
            out.write(PREFIX);
            out.write(json);
            out.write(SUFFIX);
            out.flush();
            sent++;
        } catch (IOException e) {
            cancellation.cancel();
            throw new ClientDisconnectedException(e);
        }
    }

    boolean started() {
        return out != null;
    }

    int sent() {
        return sent;
    }

    /** Sends headers and an empty body if nothing was sent yet, then closes the stream. */
    void finish() throws IOException {
        start();
        out.close();
    }

    private void start() throws IOException {
        if (out == null) {
            exchange.getResponseHeaders().set("Content-Type", ContainerContract.SSE_CONTENT_TYPE);
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            out = exchange.getResponseBody();
        }
    }
}
