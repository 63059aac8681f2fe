package org.sleepkb.cli;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sleepkb.search.safety.HitSafety;

/** The safety panel of a hit, compressed to one line for a terminal. */
final class SafetyLine {

    private SafetyLine() {
    }

    static String of(HitSafety safety) {
        StringBuilder line = new StringBuilder("evidence ").append(safety.evidence().label().toLowerCase(Locale.ROOT));
        safety.firstSubject().ifPresentOrElse(substance -> {
            line.append(" | ").append(substance.name()).append(": ").append(substance.risk().label().toLowerCase(Locale.ROOT));
            if (safety.warning() != null) {
                line.append(" | ").append(safety.warning());
            }
        }, () -> line.append(" | no substance"));
        if (!safety.mentions().isEmpty()) {
            line.append(" | mentions: ").append(safety.mentions().stream()
                    .map(m -> m.name() + " (" + m.risk().label().toLowerCase(Locale.ROOT) + ")").collect(Collectors.joining(", ")));
        }
        if (safety.reviewed() != null) {
            line.append(" | reviewed ").append(safety.reviewed().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        return line.toString();
    }
}
