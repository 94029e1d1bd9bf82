package dev.agentcore4j.compare;

import java.io.PrintStream;

/** A one-line progress bar redrawn in place with a carriage return. */
final class TextProgressBar implements Progress {

    private static final int WIDTH = 30;
    private static final int LINE = 100;

    private final PrintStream out;
    private int drawn;

    TextProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(int done, int total, String label) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String line = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + String.format("%3d%% %d/%d %s", total == 0 ? 100 : done * 100 / total, done, total, label);
        if (line.length() > LINE) {
            line = line.substring(0, LINE);
        }
        out.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        out.flush();
        drawn = line.length();
    }

    @Override
    public void finish() {
        if (drawn > 0) {
            out.print("\r" + " ".repeat(drawn) + "\r");
            out.flush();
            drawn = 0;
        }
    }
}
