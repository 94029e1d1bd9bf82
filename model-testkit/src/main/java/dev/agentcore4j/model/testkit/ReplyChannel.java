package dev.agentcore4j.model.testkit;

import java.io.IOException;
import java.util.Map;

/** Where a {@link WireFormat} writes one response: a status line and headers, then flushed frames. */
public interface ReplyChannel {

    /** Sends the status and headers; a streamed (chunked) body follows. */
    void start(int status, Map<String, String> headers) throws IOException;

    /** Writes one frame (an SSE event, an event-stream message) and flushes it at once. */
    void frame(byte[] bytes) throws IOException;

    /** Sends a complete, non-streamed response. */
    void complete(int status, Map<String, String> headers, byte[] body) throws IOException;

    /** Keeps the response open, writing nothing more, until the server closes. */
    void holdOpen() throws IOException;
}
