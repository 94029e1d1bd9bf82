package dev.agentcore4j.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import robaho.net.httpserver.websockets.WebSocketException;

class FrameSizeGuardTest {

    /** A masked client frame header declaring {@code length} bytes, followed by that many bytes. */
    private static byte[] frame(long length, boolean withPayload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x82); // FIN + binary
        if (length < 126) {
            out.write(0x80 | (int) length);
        } else if (length <= 0xFFFF) {
            out.write(0x80 | 126);
            out.write((int) (length >> 8));
            out.write((int) length);
        } else {
            out.write(0x80 | 127);
            for (int i = 7; i >= 0; i--) {
                out.write((int) (length >> (8 * i)));
            }
        }
        out.writeBytes(new byte[] {1, 2, 3, 4});
        if (withPayload) {
            out.writeBytes(new byte[(int) length]);
        }
        return out.toByteArray();
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[7]; // odd size: headers and payloads straddle reads
        while (in.read(buffer) != -1) {
            // consume
        }
    }

    @Test
    void frames_within_the_limit_pass_through_unchanged() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(frame(10, true));
        all.writeBytes(frame(300, true));
        all.writeBytes(frame(65_536, true));
        all.writeBytes(frame(0, true));
        AtomicBoolean tripped = new AtomicBoolean();
        FrameSizeGuard guard = new FrameSizeGuard(new ByteArrayInputStream(all.toByteArray()), 65_536, () -> tripped.set(true));
        assertThat(guard.read()).isEqualTo(0x82);
        drain(guard);
        assertThat(tripped).isFalse();
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_before_its_payload_is_read() {
        AtomicBoolean tripped = new AtomicBoolean();
        byte[] header = frame(4L * 1024 * 1024 * 1024, false); // declares 4 GiB, sends none of it
        FrameSizeGuard guard = new FrameSizeGuard(new ByteArrayInputStream(header), 65_536, () -> tripped.set(true));
        assertThatThrownBy(() -> drain(guard)).isInstanceOf(WebSocketException.class).hasMessageContaining("65536");
        assertThat(tripped).isTrue();
    }
}
