package dev.agentcore4j.model.bedrock;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Encodes AWS event-stream messages ({@code application/vnd.amazon.eventstream}), the binary framing
 * of ConverseStream responses: a prelude (total length, headers length, CRC32 of those 8 bytes),
 * headers (name length byte, name, type 7 = string, 2-byte value length, value), the payload, and a
 * CRC32 of everything before it. All integers are big-endian.
 */
final class EventStreamFrames {

    private static final byte STRING = 7;

    private EventStreamFrames() {
    }

    /** An {@code event} message of the given type with a JSON payload. */
    static byte[] event(String eventType, String json) {
        var headers = new LinkedHashMap<String, String>();
        headers.put(":event-type", eventType);
        headers.put(":content-type", "application/json");
        headers.put(":message-type", "event");
        return message(headers, json.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] message(Map<String, String> headers, byte[] payload) {
        var h = new ByteArrayOutputStream();
        headers.forEach((name, value) -> {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            byte[] v = value.getBytes(StandardCharsets.UTF_8);
            h.write(n.length);
            h.writeBytes(n);
            h.write(STRING);
            h.write((v.length >>> 8) & 0xff);
            h.write(v.length & 0xff);
            h.writeBytes(v);
        });
        byte[] headerBytes = h.toByteArray();
        int total = 4 + 4 + 4 + headerBytes.length + payload.length + 4;
        ByteBuffer buffer = ByteBuffer.allocate(total);
        buffer.putInt(total).putInt(headerBytes.length);
        buffer.putInt((int) crc(buffer.array(), 8));
        buffer.put(headerBytes).put(payload);
        buffer.putInt((int) crc(buffer.array(), total - 4));
        return buffer.array();
    }

    private static long crc(byte[] bytes, int length) {
        var crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
