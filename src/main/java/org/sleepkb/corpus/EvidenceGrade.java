package org.sleepkb.corpus;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * How sure we can be of an article's main claims, on GRADE's four certainty levels, plus
 * {@link #UNRATED} for files that arrived without front matter and have not been reviewed.
 */
public enum EvidenceGrade {
    HIGH("high", "High", "Further research is very unlikely to change what we know."),
    MODERATE("moderate", "Moderate", "Further research is likely to refine what we know and may change it."),
    LOW("low", "Low", "Further research is very likely to change what we know."),
    VERY_LOW("very-low", "Very low", "Any claim here is very uncertain: little or no good evidence supports it."),
    UNRATED("unrated", "Not yet reviewed", "No editor has checked this text against its sources yet.");

    private final String id;
    private final String label;
    private final String meaning;

    EvidenceGrade(String id, String label, String meaning) {
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

    /** The grades an editor may write in front matter; {@code unrated} is never written by hand. */
    public static Optional<EvidenceGrade> fromFrontMatter(String value) {
        return Arrays.stream(values()).filter(g -> g != UNRATED && g.id.equals(value)).findFirst();
    }

    public static Optional<EvidenceGrade> fromId(String value) {
        return Arrays.stream(values()).filter(g -> g.id.equals(value)).findFirst();
    }

    /** How many of {@link #LEVELS} steps of certainty the grade reaches, for the graded bar pages draw: 0 when unrated. */
    public int level() {
        return switch (this) {
            case HIGH -> 4;
            case MODERATE -> 3;
            case LOW -> 2;
            case VERY_LOW -> 1;
            case UNRATED -> 0;
        };
    }

    /** The steps of the graded bar. */
    public static final int LEVELS = 4;
}
