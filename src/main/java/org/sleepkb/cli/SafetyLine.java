package org.sleepkb.cli;

import java.time.format.DateTimeFormatter;
import org.sleepkb.search.HitSafety;

/** The safety panel of a hit, compressed to one line for a terminal. */
final class SafetyLine {

    private SafetyLine() {
    }

    static String of(HitSafety safety) {
        StringBuilder line = new StringBuilder("evidence ").append(safety.evidence().label().toLowerCase());
        safety.highest().ifPresentOrElse(substance -> {
            line.append(" | ").append(substance.name()).append(": ").append(substance.risk().label().toLowerCase());
            if (safety.warning() != null) {
                line.append(" | ").append(safety.warning());
            }
        }, () -> line.append(" | no substance"));
        if (safety.reviewed() != null) {
            line.append(" | reviewed ").append(safety.reviewed().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        return line.toString();
    }
}
