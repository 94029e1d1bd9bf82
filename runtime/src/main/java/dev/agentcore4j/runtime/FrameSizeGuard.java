package dev.agentcore4j.runtime;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import robaho.net.httpserver.websockets.CloseCode;
import robaho.net.httpserver.websockets.WebSocketException;

/**
 * Reads WebSocket frame headers as the bytes pass by and refuses a frame whose declared payload is
 * over the limit before the framing code allocates a buffer for it: a client cannot make the
 * server allocate gigabytes by declaring a huge length (RFC 6455 section 5.2).
 */
final class FrameSizeGuard extends FilterInputStream {

    private enum State { FIRST, SECOND, LENGTH, MASK, PAYLOAD }

    /** How much of a refused frame is read and dropped at most. */
    private static final long MAX_DISCARD = 1024 * 1024;

    private final long limit;
    private final Runnable onTooLarge;
    private State state = State.FIRST;
    private boolean masked;
    private int lengthBytesLeft;
    private long length;
    private int maskBytesLeft;
    private long payloadLeft;

    FrameSizeGuard(InputStream in, long limit, Runnable onTooLarge) {
        super(in);
        this.limit = limit;
        this.onTooLarge = onTooLarge;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            step(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = 0; i < n; ) {
            if (state == State.PAYLOAD) {
                int skip = (int) Math.min(payloadLeft, n - i);
                payloadLeft -= skip;
                i += skip;
                if (payloadLeft == 0) {
                    state = State.FIRST;
                }
            } else {
                step(buffer[offset + i++] & 0xFF);
            }
        }
        return n;
    }

    private void step(int b) throws IOException {
        switch (state) {
            case FIRST -> state = State.SECOND;
            case SECOND -> {
                masked = (b & 0x80) != 0;
                int len7 = b & 0x7F;
                length = 0;
                if (len7 < 126) {
                    length = len7;
                    afterLength();
                } else {
                    lengthBytesLeft = len7 == 126 ? 2 : 8;
                    state = State.LENGTH;
                }
            }
            case LENGTH -> {
                length = (length << 8) | b;
                if (--lengthBytesLeft == 0) {
                    afterLength();
                }
            }
            case MASK -> {
                if (--maskBytesLeft == 0) {
                    startPayload();
                }
            }
            case PAYLOAD -> {
                if (--payloadLeft == 0) {
                    state = State.FIRST;
                }
            }
        }
    }

    private void afterLength() throws IOException {
        if (length < 0 || length > limit) {
            onTooLarge.run();
            discardPayload();
            throw new WebSocketException(CloseCode.MessageTooBig, "frames are limited to " + limit + " bytes");
        }
        if (masked) {
            maskBytesLeft = 4;
            state = State.MASK;
        } else {
            startPayload();
        }
    }

    /**
     * Reads and drops (a bounded part of) the refused frame, so a client that is still sending it
     * does not fail on a closed socket before it reads the 1009 close frame.
     */
    private void discardPayload() throws IOException {
        long left = Math.min(length < 0 ? 0 : length + (masked ? 4 : 0), MAX_DISCARD);
        byte[] scratch = new byte[8192];
        for (int n; left > 0 && (n = in.read(scratch, 0, (int) Math.min(scratch.length, left))) != -1; ) {
            left -= n;
        }
    }

    private void startPayload() {
        payloadLeft = length;
        state = length == 0 ? State.FIRST : State.PAYLOAD;
    }
}
