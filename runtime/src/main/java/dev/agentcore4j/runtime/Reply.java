package dev.agentcore4j.runtime;

import java.util.Objects;

/** What a handler answers: a JSON value, a stream of events (SSE), or raw bytes. */
public sealed interface Reply {

    /** A JSON value sent as {@code application/json} with status 200. */
    static Reply json(Object body) {
        return new Json(200, body);
    }

    /** A stream of events sent as {@code text/event-stream}, one {@code data:} frame per event. */
    static Reply stream(EventStream events) {
        return new Stream(events);
    }

    /** Raw bytes with their content type and status 200. */
    static Reply bytes(byte[] body, String contentType) {
        return new Bytes(200, contentType, body);
    }

    /** @param body serialised with the server's JSON codec (records, maps, lists, Jackson trees) */
    record Json(int status, Object body) implements Reply {
        public Json {
            checkStatus(status);
        }
    }

    record Stream(EventStream events) implements Reply {
        public Stream {
            Objects.requireNonNull(events, "events");
        }
    }

    record Bytes(int status, String contentType, byte[] body) implements Reply {
        public Bytes {
            checkStatus(status);
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
        }
    }

    private static void checkStatus(int status) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 200..599, got " + status);
        }
    }
}
