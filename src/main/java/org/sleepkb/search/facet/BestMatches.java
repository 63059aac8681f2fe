package org.sleepkb.search.facet;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.NumericUtils;

/**
 * The best matches of a pass over every match, by score and equal scores in slug order, as the
 * {@link org.sleepkb.search.rank.Ranker}'s first stage wants them: the order of Lucene's {@code TopFieldCollector} for that
 * sort, kept in a heap of plain numbers. That collector compared and copied slugs for every
 * match that entered its queue, and was a third of the pass at 100k articles (docs/performance.md).
 * Here each kept match is one number, its score and slug rank ({@link SlugOrder}) packed so that a
 * larger number ranks higher: a match entering the heap costs one comparison per level, and most
 * matches, scoring below the worst kept one, cost one comparison of their score.
 */
final class BestMatches {

    private final int wanted;
    private final SlugOrder order;
    /** A heap of packed matches ({@link #key}) with the worst kept one at index 0. */
    private final long[] keys;
    private final int[] docs;
    private int size;

    BestMatches(int wanted, SlugOrder order) {
        this.wanted = wanted;
        this.order = order;
        this.keys = new long[wanted];
        this.docs = new int[wanted];
    }

    /** How many matches it keeps at most. */
    int wanted() {
        return wanted;
    }

    /** Whether a match scoring {@code score} could still be kept (on its score alone; its slug may decide). */
    boolean admits(float score) {
        return size < wanted || wanted > 0 && NumericUtils.floatToSortableInt(score) >= scoreOf(keys[0]);
    }

    /** Keeps {@code doc} (a global document id) if it is among the best so far; whether it was. */
    boolean offer(int doc, float score) {
        int scoreBits = NumericUtils.floatToSortableInt(score);
        if (size < wanted) {
            keys[size] = key(scoreBits, doc);
            docs[size] = doc;
            up(size++);
            return true;
        }
        // Most matches score below the worst kept one: rejected without looking up their slug rank.
        if (wanted == 0 || scoreBits < scoreOf(keys[0])) {
            return false;
        }
        long key = key(scoreBits, doc);
        if (key <= keys[0]) {
            return false;
        }
        keys[0] = key;
        docs[0] = doc;
        down(0);
        return true;
    }

    /** Keeps the best of {@code other}'s matches too. */
    void addAll(BestMatches other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.docs[i], NumericUtils.sortableIntToFloat(scoreOf(other.keys[i])));
        }
    }

    /** The matches kept, best first, each with its score and slug as the first stage's sort fields. */
    FieldDoc[] best() {
        FieldDoc[] best = new FieldDoc[size];
        while (size > 0) {
            int doc = docs[0];
            float score = NumericUtils.sortableIntToFloat(scoreOf(keys[0]));
            size--;
            keys[0] = keys[size];
            docs[0] = docs[size];
            down(0);
            best[size] = new FieldDoc(doc, score, new Object[] {score, order.slug(doc)});
        }
        return best;
    }

    /**
     * A match as one number: its score's sortable bits above, the distance of its slug rank from
     * the last possible rank below, so that a higher score, and on equal scores an earlier slug,
     * makes a larger number.
     */
    private long key(int scoreBits, int doc) {
        return ((long) scoreBits << 32) | (SlugOrder.NO_SLUG - order.rank(doc));
    }

    private static int scoreOf(long key) {
        return (int) (key >> 32);
    }

    private void up(int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (keys[at] >= keys[parent]) {
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
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (keys[child] >= keys[at]) {
                return;
            }
            swap(at, child);
            at = child;
        }
    }

    private void swap(int i, int j) {
        long key = keys[i];
        keys[i] = keys[j];
        keys[j] = key;
        int doc = docs[i];
        docs[i] = docs[j];
        docs[j] = doc;
    }
}
