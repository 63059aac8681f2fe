package org.sleepkb.search.facet;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.NumericUtils;
import org.sleepkb.index.Schema;
import org.sleepkb.search.SearchRequest;

/**
 * Counts what a search matches and the facet values among its matches, in one pass that also
 * hands the hits to the first stage of ranking. Under filters the counts are drill-sideways, as
 * Lucene's {@code DrillSideways} gives them:
 * the hits are the articles every filter lets through, and a dimension that is filtered on counts
 * the articles that all the other dimensions' filters let through, so its other values stay on
 * offer with what choosing them would find.
 *
 * <p>Articles share few combinations of facet values (a topic or two, the substances, an evidence
 * grade, a risk level; {@link Combinations}): a match costs one count for its combination, spread over
 * the combination's values after the pass. Reading the facet doc values of every match in a second
 * pass was a quarter of a search at 100k articles, and counting each match's values one by one still
 * a sixth of the pass (docs/performance.md). The clauses on topic and substance names match and
 * score whole combinations ({@link NameClauses}), so the pass visits only what the other clauses match.
 */
public final class FacetCounter {

    /**
     * What one pass over a search's matches found: how many pass the filters, per dimension the
     * values that occur (most frequent first, at most {@link FacetValues#MAX_VALUES}), and the best of the hits
     * as the ranker's first stage keeps them.
     */
    public record Counted(long total, Map<String, List<LabelAndValue>> values, FieldDoc[] best) {
    }

    private final FacetValues values;
    private final Combinations combinations;
    /** The names score of every combination when the query has no name clauses. */
    private final float[] noNameScores;
    private final SlugOrder slugs;
    private final int maxDoc;

    private FacetCounter(FacetValues values, Combinations combinations, SlugOrder slugs, int maxDoc) {
        this.values = values;
        this.combinations = combinations;
        this.noNameScores = new float[combinations.count()];
        this.slugs = slugs;
        this.maxDoc = maxDoc;
    }

    /** Reads the facet values and the slug order of every live document of {@code reader}. */
    public static FacetCounter of(IndexReader reader) throws IOException {
        String field = Schema.facetsConfig().getDimConfig(Schema.TOPIC).indexFieldName;
        FacetValues values = FacetValues.of(reader, field);
        SlugOrder slugs = SlugOrder.of(reader);
        return new FacetCounter(values, Combinations.of(reader, field, values.numbers(), slugs), slugs, reader.maxDoc());
    }

    /**
     * The matches of {@code query} under the filters of {@code request} and the facet values
     * among them; {@code query} itself must not hold the filters (they are applied here, per
     * dimension). The best {@code ranked} hits (the matches that pass every filter) by score,
     * equal scores in slug order, come back too: they are the first stage of ranking, which so
     * costs no pass of its own; with {@code ranked} 0 nothing is scored.
     */
    public Counted count(IndexSearcher searcher, Query query, SearchRequest request, int ranked) throws IOException {
        int[] missing = missing(request);
        NameClauses names = NameClauses.of(searcher, query, combinations);
        float[] nameScores = names == null ? noNameScores : names.scores();
        // Articles the names alone match may take the best places; those the pass visited are offered there already.
        boolean completing = ranked > 0 && names != null && names.matchesAny();
        return searcher.search(names == null ? query : names.rest(), new CollectorManager<Counting, Counted>() {
            @Override
            public Counting newCollector() {
                return new Counting(missing, nameScores, new BestMatches(ranked, slugs), completing ? new FixedBitSet(maxDoc) : null);
            }

            @Override
            public Counted reduce(Collection<Counting> collectors) throws IOException {
                int count = combinations.count();
                int[] hits = new int[count];
                int[] sideways = new int[count];
                BestMatches best = new BestMatches(ranked, slugs);
                FixedBitSet visited = null;
                for (Counting counting : collectors) {
                    for (int i = 0; i < count; i++) {
                        hits[i] += counting.hits[i];
                        sideways[i] += counting.sideways[i];
                    }
                    best.addAll(counting.best);
                    if (completing && visited == null) {
                        visited = counting.visited;
                    } else if (completing) {
                        visited.or(counting.visited);
                    }
                }
                if (names != null) {
                    countWhole(names, missing, hits, sideways);
                }
                if (completing) {
                    offerNamesAlone(names, missing, visited, best);
                }
                long total = 0;
                int[] counts = new int[values.count()];
                for (int combination = 0; combination < count; combination++) {
                    total += hits[combination];
                    // A combination that fails one filtered dimension counts towards that dimension only.
                    int sidewaysDimension = Integer.numberOfTrailingZeros(missing[combination]);
                    for (int value : combinations.values(combination)) {
                        counts[value] += hits[combination];
                        if (values.dimension(value) == sidewaysDimension) {
                            counts[value] += sideways[combination];
                        }
                    }
                }
                Map<String, List<LabelAndValue>> byDimension = new LinkedHashMap<>();
                for (int dimension = 0; dimension < Facets.DIMENSIONS.size(); dimension++) {
                    byDimension.put(Facets.DIMENSIONS.get(dimension), values.top(dimension, counts));
                }
                return new Counted(total, byDimension, best.best());
            }
        });
    }

    /** Every article of a combination the names match is a match: its whole combination counts, as a hit or sideways. */
    private void countWhole(NameClauses names, int[] missing, int[] hits, int[] sideways) {
        for (int combination = 0; combination < hits.length; combination++) {
            if (names.matches(combination)) {
                int unmet = missing[combination];
                hits[combination] = unmet == 0 ? combinations.size(combination) : 0;
                sideways[combination] = Integer.bitCount(unmet) == 1 ? combinations.size(combination) : 0;
            }
        }
    }

    /**
     * Offers {@code best} the hits the names alone match, which the pass did not visit, from the
     * combinations whose names score could still earn a place, the best first: a combination whose
     * first article is not kept ends there.
     */
    private void offerNamesAlone(NameClauses names, int[] missing, FixedBitSet visited, BestMatches best) {
        long[] candidates = new long[missing.length];
        int count = 0;
        for (int combination = 0; combination < missing.length; combination++) {
            if (names.matches(combination) && missing[combination] == 0 && best.admits(names.score(combination))) {
                candidates[count++] = (long) NumericUtils.floatToSortableInt(names.score(combination)) << 32 | combination;
            }
        }
        Arrays.sort(candidates, 0, count);
        for (int i = count - 1; i >= 0; i--) {
            int combination = (int) candidates[i];
            combinations.offer(combination, names.score(combination), visited, best);
        }
    }

    /**
     * Per combination of values, a bit for each dimension the request filters on that none of its
     * values satisfies: zero for the combinations of the hits, one bit for those that count
     * sideways, towards that dimension alone.
     */
    private int[] missing(SearchRequest request) {
        int required = 0;
        int[] satisfies = new int[values.count()];
        for (int dimension = 0; dimension < Facets.DIMENSIONS.size(); dimension++) {
            Set<String> selected = request.selected(Facets.DIMENSIONS.get(dimension));
            if (selected.isEmpty()) {
                continue;
            }
            required |= 1 << dimension;
            for (int value = 0; value < values.count(); value++) {
                if (values.dimension(value) == dimension && selected.contains(values.label(value))) {
                    satisfies[value] = 1 << dimension;
                }
            }
        }
        int[] missing = new int[combinations.count()];
        if (required != 0) {
            for (int combination = 0; combination < missing.length; combination++) {
                int unmet = required;
                for (int value : combinations.values(combination)) {
                    unmet &= ~satisfies[value];
                }
                missing[combination] = unmet;
            }
        }
        return missing;
    }

    /**
     * Counts the matches per combination of values: as hits when they pass every filter, and as
     * sideways when they fail exactly one; only the hits are offered to the first stage, each with
     * the score of its names added, and marked as visited when the names alone match more.
     */
    private final class Counting implements Collector {
        private final int[] missing;
        private final float[] nameScores;
        private final BestMatches best;
        private final FixedBitSet visited;
        private final boolean scoring;
        private final int[] hits = new int[combinations.count()];
        private final int[] sideways = new int[combinations.count()];

        Counting(int[] missing, float[] nameScores, BestMatches best, FixedBitSet visited) {
            this.missing = missing;
            this.nameScores = nameScores;
            this.best = best;
            this.visited = visited;
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
                    int combination = combinations.of(docBase + doc);
                    int unmet = missing[combination];
                    if (unmet == 0) {
                        hits[combination]++;
                        if (scoring) {
                            best.offer(docBase + doc, scorer.score() + nameScores[combination]);
                            if (visited != null) {
                                visited.set(docBase + doc);
                            }
                        }
                    } else if (Integer.bitCount(unmet) == 1) {
                        sideways[combination]++;
                    }
                }
            };
        }
    }
}
