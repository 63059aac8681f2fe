package org.sleepkb.cli;

import java.time.format.DateTimeFormatter;
import org.sleepkb.search.Safety;

/** The safety panel of a hit, compressed to one line for a terminal. */
final class SafetyLine {

    private SafetyLine() {
    }

    static String of(Safety safety) {
        StringBuilder line = new StringBuilder("evidence ").append(safety.evidence().label().toLowerCase());
        safety.highest().ifPresentOrElse(substance -> {
            line.append(" | ").append(substance.name()).append(": ").append(substance.risk().label().toLowerCase());
            if (!substance.warnings().isEmpty()) {
                line.append(" | ").append(substance.warnings().get(0));
            }
        }, () -> line.append(" | no substance"));
        if (safety.reviewed() != null) {
            line.append(" | reviewed ").append(safety.reviewed().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        return line.toString();
    }
}
