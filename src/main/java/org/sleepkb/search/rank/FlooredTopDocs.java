package org.sleepkb.search.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.DocIdSetBuilder;
import org.sleepkb.index.Schema;

/**
 * The best articles of a search that score at least a floor, at most {@code size} of them, leaving
 * out those another query matches; best first and equal scores in slug order, each with its score
 * and slug as a {@link FieldDoc} (the shape of the {@link Ranker}'s first stage). The floor reaches
 * the scorer before the first article, so block-max WAND skips whatever cannot reach it: a search
 * for the few articles far above the rest costs little even when its words are common. The
 * articles left out are checked only when they reach the floor.
 */
final class FlooredTopDocs implements CollectorManager<FlooredTopDocs.Best, List<FieldDoc>> {

    /** Worst first: lowest score, then last slug. */
    private static final Comparator<FieldDoc> WORST_FIRST = Comparator.comparingDouble((FieldDoc hit) -> hit.score)
            .thenComparing(hit -> (BytesRef) hit.fields[1], Comparator.reverseOrder());

    /** The articles to leave out, one segment at a time. */
    interface Excluded {
        DocIdSetIterator in(LeafReaderContext leaf) throws IOException;

        /** What {@code weight} matches (scores not needed). */
        static Excluded matchedBy(Weight weight) {
            return leaf -> {
                Scorer scorer = weight.scorer(leaf);
                return scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
            };
        }

        /** The documents {@code docs} (index-wide ids, in ascending order): no query to run again when they are known. */
        static Excluded documents(int[] docs) {
            return leaf -> {
                int from = lowerBound(docs, leaf.docBase);
                int to = lowerBound(docs, leaf.docBase + leaf.reader().maxDoc());
                DocIdSetBuilder here = new DocIdSetBuilder(leaf.reader().maxDoc());
                DocIdSetBuilder.BulkAdder adder = here.grow(to - from);
                for (int i = from; i < to; i++) {
                    adder.add(docs[i] - leaf.docBase);
                }
                DocIdSetIterator iterator = here.build().iterator();
                return iterator == null ? DocIdSetIterator.empty() : iterator;
            };
        }

        private static int lowerBound(int[] sorted, int value) {
            int at = Arrays.binarySearch(sorted, value);
            return at >= 0 ? at : -at - 1;
        }
    }

    private final float floor;
    private final int size;
    private final Excluded excluded;

    FlooredTopDocs(float floor, int size, Excluded excluded) {
        this.floor = floor;
        this.size = size;
        this.excluded = excluded;
    }

    @Override
    public Best newCollector() {
        return new Best();
    }

    @Override
    public List<FieldDoc> reduce(Collection<Best> collectors) {
        PriorityQueue<FieldDoc> merged = new PriorityQueue<>(WORST_FIRST);
        collectors.forEach(best -> best.queue.forEach(hit -> keep(merged, hit)));
        List<FieldDoc> best = new ArrayList<>(merged);
        best.sort(WORST_FIRST.reversed());
        return best;
    }

    private void keep(PriorityQueue<FieldDoc> queue, FieldDoc hit) {
        queue.add(hit);
        if (queue.size() > size) {
            queue.poll();
        }
    }

    /** One slice's best articles. */
    final class Best implements Collector {

        private final PriorityQueue<FieldDoc> queue = new PriorityQueue<>(WORST_FIRST);

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            SortedDocValues slugs = DocValues.getSorted(leaf.reader(), Schema.SLUG);
            DocIdSetIterator left = excluded.in(leaf);
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    scorer.setMinCompetitiveScore(least());
                }

                @Override
                public void collect(int doc) throws IOException {
                    float score = scorer.score();
                    if (score < least() || (left.docID() < doc ? left.advance(doc) : left.docID()) == doc || !slugs.advanceExact(doc)) {
                        return;
                    }
                    BytesRef slug = BytesRef.deepCopyOf(slugs.lookupOrd(slugs.ordValue()));
                    keep(queue, new FieldDoc(leaf.docBase + doc, score, new Object[] {score, slug}));
                    scorer.setMinCompetitiveScore(least());
                }
            };
        }

        /** The floor, or once {@code size} articles are kept, the worst of them (an equal score may still win on its slug). */
        private float least() {
            return queue.size() < size ? floor : Math.max(floor, queue.peek().score);
        }
    }
}
