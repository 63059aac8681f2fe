package org.sleepkb.search.safety;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.corpus.safety.Interaction;
import org.sleepkb.corpus.safety.Warning;

/**
 * The safety panel beside a hit: exactly what the compact panel shows, so a page of hits stays
 * small. The full profile of every linked substance (all warnings, interactions, avoid-if and
 * sources) is the article's {@link Safety}, on its page and {@code /api/articles/{slug}}.
 *
 * <p>Only a substance the article is about brings its warning: an article that merely mentions
 * alcohol does not lead with the alcohol warning.
 *
 * @param substances  linked substances: subjects first, highest risk first, then mentions
 * @param warning     the first warning of the riskiest subject, or null
 * @param interaction the first interaction of the riskiest subject, or null
 * @param moreInteractions how many further interactions of the riskiest subject the article page lists
 * @param regulatory  the regulatory line of the riskiest subject, or null
 */
public record HitSafety(
        EvidenceGrade evidence,
        LocalDate reviewed,
        boolean stale,
        String editorialNote,
        List<SubstanceRisk> substances,
        String warning,
        Interaction interaction,
        int moreInteractions,
        String regulatory) {

    public HitSafety {
        substances = List.copyOf(substances);
    }

    /** The compact panel of an article's full safety data. */
    public static HitSafety of(Safety safety) {
        Optional<SubstanceSafety> riskiest = safety.firstSubject();
        List<Interaction> interactions = riskiest.map(SubstanceSafety::interactions).orElse(List.of());
        return new HitSafety(safety.evidence(), safety.reviewed(), safety.stale(), safety.editorialNote(),
                safety.substances().stream().map(SubstanceRisk::of).toList(),
                riskiest.flatMap(s -> s.warnings().stream().findFirst()).map(Warning::text).orElse(null),
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

    /** The substance whose warning and regulatory line the panel shows: the riskiest subject. */
    public Optional<SubstanceRisk> firstSubject() {
        return substances.stream().filter(SubstanceRisk::isSubject).findFirst();
    }

    /** The substances the article is about, highest risk first. */
    public List<SubstanceRisk> subjects() {
        return substances.stream().filter(SubstanceRisk::isSubject).toList();
    }

    /** The substances the article only mentions, highest risk first. */
    public List<SubstanceRisk> mentions() {
        return substances.stream().filter(substance -> !substance.isSubject()).toList();
    }

    private static Interaction first(List<Interaction> entries) {
        return entries.isEmpty() ? null : entries.get(0);
    }
}
