package dev.agentcore4j.compare;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles: every reported value is one that was measured. */
final class Percentiles {

    private Percentiles() {
    }

    /** The {@code p}th percentile (0 < p ≤ 100) of {@code values}; 0 for none. */
    static double of(Collection<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
