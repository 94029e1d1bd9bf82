package dev.agentcore4j.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a request body up to a limit, and checks that it is UTF-8. */
final class BodyReader {

    /** The body is larger than the limit; nothing past the limit was read. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private BodyReader() {
    }

    /**
     * @param declaredLength the Content-Length, or -1 when the body is chunked
     * @throws TooLarge as soon as the declared or the read length passes {@code limit}
     */
    static byte[] read(InputStream in, long declaredLength, long limit) throws IOException, TooLarge {
        if (declaredLength > limit) {
            throw new TooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                declaredLength > 0 ? (int) Math.min(declaredLength, 1 << 20) : 256);
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                throw new TooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** @return {@code null} when {@code body} is valid UTF-8, else what is wrong with it */
    static String utf8Problem(byte[] body) {
        int i = 0;
        while (i < body.length && body[i] >= 0) {
            i++;
        }
        if (i == body.length) {
            return null; // plain ASCII, the common case
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return null;
        } catch (CharacterCodingException e) {
            return "the body is not valid UTF-8 near byte " + i;
        }
    }

    static long declaredLength(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
