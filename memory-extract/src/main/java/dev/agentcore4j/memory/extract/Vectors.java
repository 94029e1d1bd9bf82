package dev.agentcore4j.memory.extract;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Vectors as bytes, the way the twin stores them: little-endian IEEE 754 float32, four bytes per
 * dimension, nothing else (384 dimensions → 1,536 bytes).
 *
 * <pre>{@code float[] back = Vectors.fromBytes(Vectors.toBytes(vector));}</pre>
 */
public final class Vectors {

    private Vectors() {
    }

    public static byte[] toBytes(float[] vector) {
        Objects.requireNonNull(vector, "vector");
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    /** @throws IllegalArgumentException when the length is not a multiple of four */
    public static float[] fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("a stored vector has " + bytes.length
                    + " bytes, not a multiple of 4 (little-endian float32 values); the stored row is damaged");
        }
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    static boolean isFinite(float[] vector) {
        for (float v : vector) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** A unit-length copy of {@code vector}. */
    static float[] unit(float[] vector, String what) {
        if (!isFinite(vector)) {
            throw new IllegalArgumentException(what + " has a NaN or infinite value");
        }
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        if (sum == 0) {
            throw new IllegalArgumentException(what + " is all zeros, so it has no direction to compare");
        }
        double inverse = 1 / Math.sqrt(sum);
        float[] unit = new float[vector.length];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = (float) (vector[i] * inverse);
        }
        return unit;
    }
}
