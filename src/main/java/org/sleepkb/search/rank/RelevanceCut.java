package org.sleepkb.search.rank;

import org.apache.lucene.search.ScoreDoc;

/**
 * Where the list of a search ends: at the first article that scores under a share of the best
 * article's score. Nearly every article says "sleep", so without a cut every search listed most of
 * the corpus; the articles past the cut are counted ("N more articles mention these words") and
 * listed only on request. The shares were chosen on the judged lay queries (docs/relevance.md):
 * the fused scores of words and meaning lie closer together than BM25 scores, so they need a
 * higher share.
 */
public final class RelevanceCut {

    /** Share of the best score an article needs when words and meaning are fused. */
    static final float FUSED_SHARE = 0.475f;
    /** Share of the best score an article needs when the search is by words alone. */
    static final float WORDS_SHARE = 0.2f;
    /** So many articles are listed whatever their scores, when that many match. */
    static final int FEWEST = 3;
    /** How deep the ranking goes to find the cut; further articles are folded whatever they score. */
    public static final int MOST = 100;

    private RelevanceCut() {
    }

    /** How many of {@code ranked} (best first) are listed. */
    public static int listed(ScoreDoc[] ranked, boolean fused) {
        if (ranked.length <= FEWEST) {
            return ranked.length;
        }
        float floor = (fused ? FUSED_SHARE : WORDS_SHARE) * ranked[0].score;
        int listed = FEWEST;
        while (listed < Math.min(ranked.length, MOST) && ranked[listed].score >= floor) {
            listed++;
        }
        return listed;
    }
}
