package org.sleepkb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
 * <p>Articles share few combinations of facet values (a topic or two, the substances, an evidence
 * grade, a risk level): each distinct combination is numbered once per index reader, and a match
 * costs one count for its combination, spread over the combination's values after the pass. Reading
 * the facet doc values of every match in a second pass was a quarter of a search at 100k articles,
 * and counting each match's values one by one still a sixth of the pass (docs/performance.md).
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

    /** The combination of a document without facet values, shared by all of them. */
    private static final int[] NO_VALUES = new int[0];

    /** Per value (a number from 0): its dimension's index in {@link Facets#DIMENSIONS} (-1: another) and its label. */
    private final int[] dimensionOf;
    private final String[] labelOf;
    /** Per document, the number of its combination of values; per combination, its values. */
    private final int[] combinationOf;
    private final int[][] combinations;
    private final SlugOrder slugs;

    private FacetCounter(int[] dimensionOf, String[] labelOf, int[] combinationOf, int[][] combinations, SlugOrder slugs) {
        this.dimensionOf = dimensionOf;
        this.labelOf = labelOf;
        this.combinationOf = combinationOf;
        this.combinations = combinations;
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
        int[] combinationOf = new int[reader.maxDoc()];
        Map<Combination, Integer> numbered = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues docValues = DocValues.getSortedSet(leaf.reader(), field);
            int[] toNumber = new int[(int) docValues.getValueCount()];
            for (int ord = 0; ord < toNumber.length; ord++) {
                toNumber[ord] = numbers.get(docValues.lookupOrd(ord));
            }
            Bits live = leaf.reader().getLiveDocs();
            int maxDoc = leaf.reader().maxDoc();
            for (int doc = 0; doc < maxDoc; doc++) {
                int[] values = NO_VALUES;
                if ((live == null || live.get(doc)) && docValues.advanceExact(doc)) {
                    values = new int[docValues.docValueCount()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = toNumber[(int) docValues.nextOrd()];
                    }
                }
                combinationOf[leaf.docBase + doc] = numbered.computeIfAbsent(new Combination(values), c -> numbered.size());
            }
        }
        int[][] combinations = new int[numbered.size()][];
        numbered.forEach((combination, number) -> combinations[number] = combination.values);
        return new FacetCounter(dimensionOf, labelOf, combinationOf, combinations, SlugOrder.of(reader));
    }

    /** The values of a document, as a key that compares by content. */
    private record Combination(int[] values) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Combination combination && Arrays.equals(values, combination.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    /**
     * The matches of {@code query} under the filters of {@code request} and the facet values
     * among them; {@code query} itself must not hold the filters (they are applied here, per
     * dimension). The best {@code ranked} hits (the matches that pass every filter) by score,
     * equal scores in slug order, come back too: they are the first stage of ranking, which so
     * costs no pass of its own; with {@code ranked} 0 nothing is scored.
     */
    Counted count(IndexSearcher searcher, Query query, SearchRequest request, int ranked) throws IOException {
        int[] missing = missing(request);
        return searcher.search(query, new CollectorManager<Counting, Counted>() {
            @Override
            public Counting newCollector() {
                return new Counting(missing, new BestMatches(ranked, slugs));
            }

            @Override
            public Counted reduce(Collection<Counting> collectors) throws IOException {
                int[] hits = new int[combinations.length];
                int[] sideways = new int[combinations.length];
                BestMatches best = new BestMatches(ranked, slugs);
                for (Counting counting : collectors) {
                    for (int i = 0; i < hits.length; i++) {
                        hits[i] += counting.hits[i];
                        sideways[i] += counting.sideways[i];
                    }
                    best.addAll(counting.best);
                }
                long total = 0;
                int[] counts = new int[labelOf.length];
                for (int combination = 0; combination < combinations.length; combination++) {
                    total += hits[combination];
                    // A combination that fails one filtered dimension counts towards that dimension only.
                    int sidewaysDimension = Integer.numberOfTrailingZeros(missing[combination]);
                    for (int value : combinations[combination]) {
                        counts[value] += hits[combination];
                        if (dimensionOf[value] == sidewaysDimension) {
                            counts[value] += sideways[combination];
                        }
                    }
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
     * Per combination of values, a bit for each dimension the request filters on that none of its
     * values satisfies: zero for the combinations of the hits, one bit for those that count
     * sideways, towards that dimension alone.
     */
    private int[] missing(SearchRequest request) {
        int required = 0;
        int[] satisfies = new int[labelOf.length];
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
        int[] missing = new int[combinations.length];
        if (required != 0) {
            for (int combination = 0; combination < combinations.length; combination++) {
                int unmet = required;
                for (int value : combinations[combination]) {
                    unmet &= ~satisfies[value];
                }
                missing[combination] = unmet;
            }
        }
        return missing;
    }

    /**
     * Counts the matches per combination of values: as hits when they pass every filter, and as
     * sideways when they fail exactly one; only the hits are offered to the first stage.
     */
    private final class Counting implements Collector {
        private final int[] missing;
        private final BestMatches best;
        private final boolean scoring;
        private final int[] hits = new int[combinations.length];
        private final int[] sideways = new int[combinations.length];

        Counting(int[] missing, BestMatches best) {
            this.missing = missing;
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
                    int combination = combinationOf[docBase + doc];
                    int unmet = missing[combination];
                    if (unmet == 0) {
                        hits[combination]++;
                        if (scoring) {
                            best.offer(docBase + doc, scorer.score());
                        }
                    } else if (Integer.bitCount(unmet) == 1) {
                        sideways[combination]++;
                    }
                }
            };
        }
    }
}
