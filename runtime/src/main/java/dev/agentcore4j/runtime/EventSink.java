package dev.agentcore4j.runtime;

/** Where a stream sends its events; each event is one SSE frame, flushed at once. */
public interface EventSink {

    /**
     * Serialises {@code event} to JSON and sends it as {@code data: <json>\n\n}. Strings are sent as
     * JSON strings, so line breaks can never split a frame.
     *
     * @throws ClientDisconnectedException when the caller has gone; the invocation is cancelled
     */
    void send(Object event);
}
