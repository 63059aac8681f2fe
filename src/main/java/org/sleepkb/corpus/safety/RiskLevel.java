package org.sleepkb.corpus.safety;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How much harm a substance can do at ordinary use or in common combinations, from its profile. */
public enum RiskLevel {
    LOW("low", "Low risk", "Few known risks at the doses a label or regulator states."),
    MODERATE("moderate", "Moderate risk", "Real side effects or important interactions: check before use, especially with other medicines."),
    HIGH("high", "High risk", "Serious harm is plausible at ordinary use or in common combinations, including dependence or overdose.");

    private final String id;
    private final String label;
    private final String meaning;

    RiskLevel(String id, String label, String meaning) {
        this.id = id;
        this.label = label;
        this.meaning = meaning;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<RiskLevel> fromId(String value) {
        return Arrays.stream(values()).filter(r -> r.id.equals(value)).findFirst();
    }
}
