package org.sleepkb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.sleepkb.index.Schema;

/**
 * Counts what a search matches and the facet values among its matches, in one pass that also
 * hands the hits to the first stage of ranking. Under filters the counts are drill-sideways, as
 * Lucene's {@code DrillSideways} gives them:
 * the hits are the articles every filter lets through, and a dimension that is filtered on counts
 * the articles that all the other dimensions' filters let through, so its other values stay on
 * offer with what choosing them would find.
 *
 * <p>Every article's facet values are held in memory as small numbers (about 3 per article, 1.3 MB
 * for 100k articles), built once per index reader: a match then costs a walk over a few array
 * entries instead of a second pass over a bit set of the matches against the facet doc values, which
 * was a quarter of a search at 100k articles (docs/performance.md).
 */
final class FacetCounter {

    /**
     * What one pass over a search's matches found: how many pass the filters, per dimension the
     * values that occur (most frequent first, at most {@link #MAX_VALUES}), and the best of the hits
     * as the ranker's first stage keeps them.
     */
    record Counted(long total, Map<String, List<LabelAndValue>> values, FieldDoc[] best) {
    }

    /** Values listed per dimension. */
    static final int MAX_VALUES = 30;

    /** Per value (a number from 0): its dimension's index in {@link Facets#DIMENSIONS} (-1: another) and its label. */
    private final int[] dimensionOf;
    private final String[] labelOf;
    /** The values of document {@code d} are {@code values[starts[d]]} to {@code values[starts[d + 1] - 1]}. */
    private final int[] starts;
    private final int[] values;
    private final SlugOrder slugs;

    private FacetCounter(int[] dimensionOf, String[] labelOf, int[] starts, int[] values, SlugOrder slugs) {
        this.dimensionOf = dimensionOf;
        this.labelOf = labelOf;
        this.starts = starts;
        this.values = values;
        this.slugs = slugs;
    }

    /** Reads the facet values and the slug order of every live document of {@code reader}. */
    static FacetCounter of(IndexReader reader) throws IOException {
        String field = Schema.facetsConfig().getDimConfig(Schema.TOPIC).indexFieldName;
        // Values are numbered in the order of their indexed bytes, as Lucene's global ordinals are,
        // so that equal counts list in the same order as Lucene's facet counts list them.
        TreeMap<BytesRef, Integer> numbers = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues docValues = DocValues.getSortedSet(leaf.reader(), field);
            for (long ord = 0; ord < docValues.getValueCount(); ord++) {
                numbers.put(BytesRef.deepCopyOf(docValues.lookupOrd(ord)), 0);
            }
        }
        int[] dimensionOf = new int[numbers.size()];
        String[] labelOf = new String[numbers.size()];
        int next = 0;
        for (Map.Entry<BytesRef, Integer> value : numbers.entrySet()) {
            String[] path = FacetsConfig.stringToPath(value.getKey().utf8ToString());
            dimensionOf[next] = path.length == 2 ? Facets.DIMENSIONS.indexOf(path[0]) : -1;
            labelOf[next] = path[path.length - 1];
            value.setValue(next++);
        }
        int[] starts = new int[reader.maxDoc() + 1];
        int[] values = new int[Math.max(16, reader.numDocs() * 4)];
        int count = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues docValues = DocValues.getSortedSet(leaf.reader(), field);
            int[] toNumber = new int[(int) docValues.getValueCount()];
            for (int ord = 0; ord < toNumber.length; ord++) {
                toNumber[ord] = numbers.get(docValues.lookupOrd(ord));
            }
            Bits live = leaf.reader().getLiveDocs();
            int maxDoc = leaf.reader().maxDoc();
            for (int doc = 0; doc < maxDoc; doc++) {
                starts[leaf.docBase + doc] = count;
                if ((live == null || live.get(doc)) && docValues.advanceExact(doc)) {
                    if (count + docValues.docValueCount() > values.length) {
                        values = Arrays.copyOf(values, values.length * 2 + docValues.docValueCount());
                    }
                    for (int i = docValues.docValueCount(); i > 0; i--) {
                        values[count++] = toNumber[(int) docValues.nextOrd()];
                    }
                }
            }
        }
        starts[reader.maxDoc()] = count;
        return new FacetCounter(dimensionOf, labelOf, starts, Arrays.copyOf(values, count), SlugOrder.of(reader));
    }

    /**
     * The matches of {@code query} under the filters of {@code request} and the facet values
     * among them; {@code query} itself must not hold the filters (they are applied here, per
     * dimension). The best {@code ranked} hits (the matches that pass every filter) by score,
     * equal scores in slug order, come back too: they are the first stage of ranking, which so
     * costs no pass of its own; with {@code ranked} 0 nothing is scored.
     */
    Counted count(IndexSearcher searcher, Query query, SearchRequest request, int ranked) throws IOException {
        Filters filters = filters(request);
        return searcher.search(query, new CollectorManager<Counting, Counted>() {
            @Override
            public Counting newCollector() {
                return new Counting(filters, new BestMatches(ranked, slugs));
            }

            @Override
            public Counted reduce(Collection<Counting> collectors) throws IOException {
                long total = 0;
                int[] counts = new int[labelOf.length];
                BestMatches best = new BestMatches(ranked, slugs);
                for (Counting counting : collectors) {
                    total += counting.total;
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] += counting.counts[i];
                    }
                    best.addAll(counting.best);
                }
                Map<String, List<LabelAndValue>> byDimension = new LinkedHashMap<>();
                for (int dimension = 0; dimension < Facets.DIMENSIONS.size(); dimension++) {
                    byDimension.put(Facets.DIMENSIONS.get(dimension), top(dimension, counts));
                }
                return new Counted(total, byDimension, best.best());
            }
        });
    }

    /** Most frequent first; equal counts in the order of their values' bytes, as Lucene's facet counts order them. */
    private List<LabelAndValue> top(int dimension, int[] counts) {
        List<Integer> present = new ArrayList<>();
        for (int value = 0; value < counts.length; value++) {
            if (dimensionOf[value] == dimension && counts[value] > 0) {
                present.add(value);
            }
        }
        present.sort(Comparator.comparingInt((Integer value) -> -counts[value]).thenComparingInt(value -> value));
        List<LabelAndValue> top = new ArrayList<>(Math.min(present.size(), MAX_VALUES));
        for (int value : present.subList(0, Math.min(present.size(), MAX_VALUES))) {
            top.add(new LabelAndValue(labelOf[value], counts[value]));
        }
        return top;
    }

    /**
     * The request's filters as bit masks: {@code required} has a bit per filtered dimension, and
     * {@code satisfies[value]} the bit of its dimension when it is one of the selected values.
     */
    private record Filters(int required, int[] satisfies) {
    }

    private Filters filters(SearchRequest request) {
        int[] satisfies = new int[labelOf.length];
        int required = 0;
        for (int dimension = 0; dimension < Facets.DIMENSIONS.size(); dimension++) {
            Set<String> selected = request.selected(Facets.DIMENSIONS.get(dimension));
            if (selected.isEmpty()) {
                continue;
            }
            required |= 1 << dimension;
            for (int value = 0; value < labelOf.length; value++) {
                if (dimensionOf[value] == dimension && selected.contains(labelOf[value])) {
                    satisfies[value] = 1 << dimension;
                }
            }
        }
        return new Filters(required, satisfies);
    }

    /**
     * Counts a document as a hit when it passes every filter, and only towards the one dimension
     * it fails when it fails exactly one (that dimension's sideways count).
     */
    private final class Counting implements Collector {
        private final Filters filters;
        private final BestMatches best;
        private final boolean scoring;
        private final int[] counts = new int[labelOf.length];
        private int total;

        Counting(Filters filters, BestMatches best) {
            this.filters = filters;
            this.best = best;
            this.scoring = best.wanted() > 0;
        }

        @Override
        public ScoreMode scoreMode() {
            return scoring ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int docBase = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    int from = starts[docBase + doc];
                    int to = starts[docBase + doc + 1];
                    int missing = filters.required;
                    if (missing != 0) {
                        for (int i = from; i < to; i++) {
                            missing &= ~filters.satisfies[values[i]];
                        }
                    }
                    if (missing == 0) {
                        total++;
                        for (int i = from; i < to; i++) {
                            counts[values[i]]++;
                        }
                        if (scoring) {
                            best.offer(docBase + doc, scorer.score());
                        }
                    } else if (Integer.bitCount(missing) == 1) {
                        int dimension = Integer.numberOfTrailingZeros(missing);
                        for (int i = from; i < to; i++) {
                            if (dimensionOf[values[i]] == dimension) {
                                counts[values[i]]++;
                            }
                        }
                    }
                }
            };
        }
    }
}
