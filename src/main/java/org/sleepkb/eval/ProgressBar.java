package org.sleepkb.eval;

import java.io.PrintStream;

/**
 * A one-line progress bar for a terminal ({@code [#####.....] 50% 162/323 queries}), redrawn in
 * place and only when the shown percentage changes, so a log file stays short.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String unit;
    private final int total;
    private int done;
    private int shownPercent = -1;

    public ProgressBar(PrintStream out, String unit, int total) {
        this.out = out;
        this.unit = unit;
        this.total = total;
    }

    public void step() {
        done++;
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (percent != shownPercent) {
            shownPercent = percent;
            int filled = WIDTH * percent / 100;
            out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent + "% " + done + "/" + total + " " + unit);
            if (done >= total) {
                out.println();
            }
            out.flush();
        }
    }
}
