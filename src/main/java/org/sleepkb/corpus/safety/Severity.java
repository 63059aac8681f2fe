package org.sleepkb.corpus.safety;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How serious an interaction is, as drug references grade it: major first. */
public enum Severity {
    MAJOR("major", "Major"),
    MODERATE("moderate", "Moderate"),
    MINOR("minor", "Minor");

    private final String id;
    private final String label;

    Severity(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Severity> fromId(String value) {
        return Arrays.stream(values()).filter(s -> s.id.equals(value)).findFirst();
    }
}
