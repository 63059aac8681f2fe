package org.sleepkb.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.corpus.RiskLevel;
import org.sleepkb.search.Safety;
import org.sleepkb.search.SubstanceSafety;

/**
 * The safety panel as a page shows it: the {@link Safety} of an article with the wording the
 * panel needs (first warning and interaction of the riskiest substance, review status), so the
 * templates only lay it out.
 */
public record SafetyPanel(Safety safety) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public EvidenceGrade evidence() {
        return safety.evidence();
    }

    /** Linked substances, highest risk first. */
    public List<SubstanceSafety> substances() {
        return safety.substances();
    }

    /** The substance whose warning and regulatory line are shown, or null when none is linked. */
    public SubstanceSafety highest() {
        return safety.highest().orElse(null);
    }

    /** Substances of one risk level, for a compact panel: one badge, then the names. */
    public record RiskGroup(RiskLevel risk, List<String> names) {
    }

    /** Linked substances grouped by risk level, highest first, each group in the panel's order. */
    public List<RiskGroup> riskGroups() {
        Map<RiskLevel, List<String>> groups = new LinkedHashMap<>();
        for (SubstanceSafety substance : safety.substances()) {
            groups.computeIfAbsent(substance.risk(), risk -> new ArrayList<>()).add(substance.name());
        }
        return groups.entrySet().stream().map(group -> new RiskGroup(group.getKey(), List.copyOf(group.getValue()))).toList();
    }

    public String firstWarning() {
        SubstanceSafety highest = highest();
        return highest == null || highest.warnings().isEmpty() ? null : highest.warnings().get(0);
    }

    /** The first interaction of the riskiest substance, for the "interacts with" line. */
    public String firstInteraction() {
        SubstanceSafety highest = highest();
        return highest == null || highest.interactions().isEmpty() ? null : highest.interactions().get(0);
    }

    public int moreInteractions() {
        SubstanceSafety highest = highest();
        return highest == null ? 0 : Math.max(0, highest.interactions().size() - 1);
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

    public String reviewedIso() {
        return safety.reviewed() == null ? null : safety.reviewed().toString();
    }
}
