package org.sleepkb.search;

import org.apache.lucene.search.FieldDoc;

/**
 * The best matches of a pass over every match, by score and equal scores in slug order, as the
 * {@link Ranker}'s first stage wants them: the order of Lucene's {@code TopFieldCollector} for that
 * sort, kept in a heap of plain numbers. That collector compared and copied slugs for every
 * match that entered its queue, and was a third of the pass at 100k articles (docs/performance.md);
 * here a match costs a comparison of its score and, on a tie, of two slug ranks ({@link SlugOrder}).
 */
final class BestMatches {

    private final int wanted;
    private final SlugOrder order;
    /** A heap with the worst kept match (lowest score, then last slug) at index 0. */
    private final float[] scores;
    private final int[] docs;
    private int size;

    BestMatches(int wanted, SlugOrder order) {
        this.wanted = wanted;
        this.order = order;
        this.scores = new float[wanted];
        this.docs = new int[wanted];
    }

    /** How many matches it keeps at most. */
    int wanted() {
        return wanted;
    }

    /** Keeps {@code doc} (a global document id) if it is among the best so far. */
    void offer(int doc, float score) {
        if (size < wanted) {
            scores[size] = score;
            docs[size] = doc;
            up(size++);
        } else if (wanted > 0 && worse(scores[0], docs[0], score, doc)) {
            scores[0] = score;
            docs[0] = doc;
            down(0);
        }
    }

    /** Keeps the best of {@code other}'s matches too. */
    void addAll(BestMatches other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.docs[i], other.scores[i]);
        }
    }

    /** The matches kept, best first, each with its score and slug as the first stage's sort fields. */
    FieldDoc[] best() {
        FieldDoc[] best = new FieldDoc[size];
        while (size > 0) {
            int doc = docs[0];
            float score = scores[0];
            size--;
            scores[0] = scores[size];
            docs[0] = docs[size];
            down(0);
            best[size] = new FieldDoc(doc, score, new Object[] {score, order.slug(doc)});
        }
        return best;
    }

    /** Whether match {@code a} ranks below match {@code b}. */
    private boolean worse(float scoreA, int docA, float scoreB, int docB) {
        int byScore = Float.compare(scoreA, scoreB);
        return byScore < 0 || (byScore == 0 && order.rank(docA) > order.rank(docB));
    }

    private void up(int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!worse(scores[at], docs[at], scores[parent], docs[parent])) {
                return;
            }
            swap(at, parent);
            at = parent;
        }
    }

    private void down(int at) {
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && worse(scores[child + 1], docs[child + 1], scores[child], docs[child])) {
                child++;
            }
            if (!worse(scores[child], docs[child], scores[at], docs[at])) {
                return;
            }
            swap(at, child);
            at = child;
        }
    }

    private void swap(int i, int j) {
        float score = scores[i];
        scores[i] = scores[j];
        scores[j] = score;
        int doc = docs[i];
        docs[i] = docs[j];
        docs[j] = doc;
    }
}
