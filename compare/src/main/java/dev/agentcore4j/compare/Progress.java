package dev.agentcore4j.compare;

import java.io.PrintStream;

/**
 * Reports how far a comparison is. {@link #bar} draws a one-line text bar with {@code \r} updates;
 * use {@link #none()} when the stream is not a terminal, so logs get no progress noise.
 */
public interface Progress {

    /** {@code done} of {@code total} scenario runs are finished; {@code label} names the last one. */
    void update(int done, int total, String label);

    /** The comparison ended (clears the bar). */
    void finish();

    static Progress none() {
        return new Progress() {
            @Override
            public void update(int done, int total, String label) {
            }

            @Override
            public void finish() {
            }
        };
    }

    /** A text bar on {@code out}, e.g. {@code [#########-----------]  45% 27/60 strands tool-weather-ja}. */
    static Progress bar(PrintStream out) {
        return new TextProgressBar(out);
    }
}
