package dev.agentcore4j.memory.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void vectors_round_trip_through_little_endian_float32_bytes() {
        float[] vector = {1.0f, -0.5f, Float.MIN_VALUE, 0.1f};
        byte[] bytes = Vectors.toBytes(vector);
        assertThat(bytes).hasSize(16);
        assertThat(bytes).startsWith(0x00, 0x00, 0x80, 0x3f); // 1.0f = 0x3f800000, low byte first
        assertThat(Vectors.fromBytes(bytes)).containsExactly(vector);
        assertThat(Vectors.fromBytes(new byte[0])).isEmpty();
    }

    @Test
    void bytes_that_are_not_whole_floats_are_rejected() {
        assertThatThrownBy(() -> Vectors.fromBytes(new byte[6]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 bytes, not a multiple of 4");
    }
}
