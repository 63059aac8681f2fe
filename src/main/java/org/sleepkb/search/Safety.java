package org.sleepkb.search;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.index.IndexedArticle;

/**
 * The safety panel of a hit: evidence grade, review date and editorial note of the article, and
 * its linked substances, highest risk first.
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

    /** The safety panel of an article as of {@code today}, which decides whether its review is stale. */
    public static Safety of(IndexedArticle indexed, LocalDate today) {
        var article = indexed.article();
        boolean stale = article.reviewed() == null || article.reviewed().plus(STALE_AFTER).isBefore(today);
        return new Safety(article.evidence(), article.reviewed(), stale, article.editorialNote(),
                indexed.substances().stream().map(SubstanceSafety::of).toList());
    }

    /** The substance whose warning and regulatory line the panel shows: the riskiest one. */
    public Optional<SubstanceSafety> highest() {
        return substances.stream().findFirst();
    }
}
