package org.sleepkb.web.page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.corpus.safety.Interaction;
import org.sleepkb.corpus.safety.RiskLevel;
import org.sleepkb.search.safety.HitSafety;
import org.sleepkb.search.safety.SubstanceRisk;

/**
 * The compact safety panel as a page shows it: the {@link HitSafety} of an article with the
 * wording the panel needs (risk groups of its subjects, the one line of mentions, review status,
 * the label of its folded details), so the templates only lay it out.
 */
public record SafetyPanel(HitSafety safety) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public EvidenceGrade evidence() {
        return safety.evidence();
    }

    /** The substances the article is about, highest risk first. */
    public List<SubstanceRisk> subjects() {
        return safety.subjects();
    }

    /** Substances of one risk level, for a compact panel: one badge, then the names. */
    public record RiskGroup(RiskLevel risk, List<String> names) {
    }

    /** The subjects grouped by risk level, highest first, each group in the panel's order. */
    public List<RiskGroup> riskGroups() {
        Map<RiskLevel, List<String>> groups = new LinkedHashMap<>();
        for (SubstanceRisk substance : safety.subjects()) {
            groups.computeIfAbsent(substance.risk(), risk -> new ArrayList<>()).add(substance.name());
        }
        return groups.entrySet().stream().map(group -> new RiskGroup(group.getKey(), List.copyOf(group.getValue()))).toList();
    }

    /** The substances the article only mentions, folded into one line: "Alcohol (high risk), Caffeine (low risk)"; null for none. */
    public String mentionsLine() {
        List<SubstanceRisk> mentions = safety.mentions();
        return mentions.isEmpty() ? null : mentions.stream()
                .map(m -> m.name() + " (" + m.risk().label().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
    }

    /** The first warning of the riskiest subject, or null. */
    public String firstWarning() {
        return safety.warning();
    }

    /** The first interaction of the riskiest subject, for the "interacts with" line, or null. */
    public Interaction firstInteraction() {
        return safety.interaction();
    }

    public int moreInteractions() {
        return safety.moreInteractions();
    }

    /** The regulatory line of the riskiest substance, or null. */
    public String regulatory() {
        return safety.regulatory();
    }

    public String editorialNote() {
        String note = safety.editorialNote();
        return note == null || note.isBlank() ? null : note.strip();
    }

    public boolean stale() {
        return safety.stale();
    }

    /** "Reviewed 3 May 2026", with a warning when the review is older than two years, or "Not yet reviewed". */
    public String reviewedLabel() {
        LocalDate reviewed = safety.reviewed();
        if (reviewed == null) {
            return "Not yet reviewed";
        }
        String date = DAY.format(reviewed);
        return safety.stale() ? "Last reviewed " + date + ": review overdue" : "Reviewed " + date;
    }

    /**
     * The label of the folded part of a hit's panel, naming what it holds, short enough for one line:
     * "Interactions, regulation, editor’s note", or "Mentions, review" when there is nothing else.
     * An overdue review says so here, so the fold does not hide it.
     */
    public String foldedLabel() {
        List<String> parts = new ArrayList<>();
        if (firstInteraction() != null) {
            parts.add("interactions");
        }
        if (regulatory() != null) {
            parts.add("regulation");
        }
        if (editorialNote() != null) {
            parts.add("editor’s note");
        }
        if (parts.isEmpty() && mentionsLine() != null) {
            parts.add("mentions");
        }
        if (stale()) {
            parts.add(0, "review overdue");
        } else if (parts.size() < 2) {
            parts.add("review");
        }
        String label = String.join(", ", parts);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    public String reviewedIso() {
        return safety.reviewed() == null ? null : safety.reviewed().toString();
    }
}
