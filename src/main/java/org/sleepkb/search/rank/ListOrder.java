package org.sleepkb.search.rank;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The pass after ranking that makes a ranking the list people see: the articles a crisis puts first
 * ({@link FirstArticles}), for a question about a substance's safety the reviewed articles about it before any
 * claims text ({@link SafetyQuestion}), and where the list ends ({@link RelevanceCut}).
 *
 * @param first      slugs of articles listed first, in this order, whether or not they match
 * @param typed      the query as typed, which may ask about safety
 * @param substances the substances the query names, whose reviewed articles a safety question lists first
 */
public record ListOrder(List<String> first, String typed, Set<String> substances) {

    /** {@code ranked} (best first) in the order listed; at most {@code depth} when articles are put first. */
    public ScoreDoc[] apply(IndexSearcher searcher, ScoreDoc[] ranked, int depth) throws IOException {
        ScoreDoc[] reviewedFirst = SafetyQuestion.asks(typed) ? SafetyQuestion.reviewedFirst(searcher, ranked, substances) : ranked;
        return FirstArticles.before(searcher, first, reviewedFirst, depth);
    }

    /** Whether the list puts articles first, which may lack the typed words. */
    public boolean putsFirst() {
        return !first.isEmpty();
    }

    /** The head of {@code ordered} that is listed, up to where relevance ends ({@link RelevanceCut}). */
    public static ScoreDoc[] cut(ScoreDoc[] ordered, boolean fused) {
        return Arrays.copyOf(ordered, RelevanceCut.listed(ordered, fused));
    }

    /** Those of {@code listed} that {@code filter} matches, in their order. */
    public static ScoreDoc[] passing(IndexSearcher searcher, ScoreDoc[] listed, Query filter) throws IOException {
        Set<Integer> passing = new HashSet<>();
        for (ScoreDoc doc : searcher.search(filter, Math.max(1, listed.length)).scoreDocs) {
            passing.add(doc.doc);
        }
        return Arrays.stream(listed).filter(doc -> passing.contains(doc.doc)).toArray(ScoreDoc[]::new);
    }
}
