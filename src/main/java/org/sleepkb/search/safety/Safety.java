package org.sleepkb.search.safety;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.index.IndexedArticle;

/**
 * The full safety information of an article, as its page and {@code /api/articles/{slug}} show it:
 * evidence grade, review date and editorial note, and the whole profile of each linked substance:
 * those the article is about first, highest risk first, then those it only mentions. A hit carries
 * the compact {@link HitSafety} instead.
 *
 * @param stale true when the last review is older than {@link #STALE_AFTER}
 */
public record Safety(
        EvidenceGrade evidence,
        LocalDate reviewed,
        boolean stale,
        String editorialNote,
        List<SubstanceSafety> substances) {

    public static final Period STALE_AFTER = Period.ofMonths(24);

    public Safety {
        substances = List.copyOf(substances);
    }

    /** The safety information of an article as of {@code today}, which decides whether its review is stale. */
    public static Safety of(IndexedArticle indexed, LocalDate today) {
        var article = indexed.article();
        return new Safety(article.evidence(), article.reviewed(), isStale(article.reviewed(), today), article.editorialNote(),
                indexed.substances().stream().map(profile -> SubstanceSafety.of(profile,
                        article.isAbout(profile.id()) ? SubstanceRole.SUBJECT : SubstanceRole.MENTIONED)).toList());
    }

    /** A review is stale when it is older than {@link #STALE_AFTER} or there has been none. */
    static boolean isStale(LocalDate reviewed, LocalDate today) {
        return reviewed == null || reviewed.plus(STALE_AFTER).isBefore(today);
    }

    /** The riskiest substance the article is about, whose warning and regulatory line the compact panel shows. */
    public Optional<SubstanceSafety> firstSubject() {
        return substances.stream().filter(SubstanceSafety::isSubject).findFirst();
    }

    /** The substances the article is about, highest risk first. */
    public List<SubstanceSafety> subjects() {
        return substances.stream().filter(SubstanceSafety::isSubject).toList();
    }

    /** The substances the article only mentions, highest risk first. */
    public List<SubstanceSafety> mentions() {
        return substances.stream().filter(substance -> !substance.isSubject()).toList();
    }
}
