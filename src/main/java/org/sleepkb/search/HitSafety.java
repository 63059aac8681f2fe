package org.sleepkb.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sleepkb.corpus.EvidenceGrade;

/**
 * The safety panel beside a hit: exactly what the compact panel shows, so a page of hits stays
 * small. The full profile of every linked substance (all warnings, interactions, avoid-if and
 * sources) is the article's {@link Safety}, on its page and {@code /api/articles/{slug}}.
 *
 * @param substances  linked substances, highest risk first
 * @param warning     the first warning of the riskiest substance, or null
 * @param interaction the first interaction of the riskiest substance, or null
 * @param moreInteractions how many further interactions of the riskiest substance the article lists
 * @param regulatory  the regulatory line of the riskiest substance, or null
 */
public record HitSafety(
        EvidenceGrade evidence,
        LocalDate reviewed,
        boolean stale,
        String editorialNote,
        List<SubstanceRisk> substances,
        String warning,
        String interaction,
        int moreInteractions,
        String regulatory) {

    public HitSafety {
        substances = List.copyOf(substances);
    }

    /** The compact panel of an article's full safety data. */
    public static HitSafety of(Safety safety) {
        Optional<SubstanceSafety> riskiest = safety.highest();
        List<String> interactions = riskiest.map(SubstanceSafety::interactions).orElse(List.of());
        return new HitSafety(safety.evidence(), safety.reviewed(), safety.stale(), safety.editorialNote(),
                safety.substances().stream().map(SubstanceRisk::of).toList(),
                riskiest.map(s -> first(s.warnings())).orElse(null),
                first(interactions),
                Math.max(0, interactions.size() - 1),
                riskiest.map(SubstanceSafety::regulatory).orElse(null));
    }

    /** This panel as of {@code today}: only whether the review is stale can change with the date. */
    public HitSafety asOf(LocalDate today) {
        boolean staleToday = Safety.isStale(reviewed, today);
        return staleToday == stale ? this : new HitSafety(evidence, reviewed, staleToday, editorialNote, substances,
                warning, interaction, moreInteractions, regulatory);
    }

    /** The substance whose warning and regulatory line the panel shows: the riskiest one. */
    public Optional<SubstanceRisk> highest() {
        return substances.stream().findFirst();
    }

    private static String first(List<String> lines) {
        return lines.isEmpty() ? null : lines.get(0);
    }
}
