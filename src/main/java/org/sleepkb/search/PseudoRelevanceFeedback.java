package org.sleepkb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.sleepkb.index.Schema;

/**
 * Relevance model feedback (RM3): the words that weigh most in the best few articles for a query
 * are added to it, so that among the articles the query matches, those that also speak the
 * language of the best ones rank higher. The typed query keeps most of the weight. Feedback terms
 * do not match on their own (on NFCorpus that found more, docs/relevance.md, but filled every
 * result list and facet count with articles that lack the words asked for); the {@link Ranker}
 * lets only a few articles that score high on them alone join the search.
 */
final class PseudoRelevanceFeedback {

    /** Tuned on the NFCorpus dev split (docs/relevance.md). */
    static final int FEEDBACK_DOCS = 5;
    static final int FEEDBACK_TERMS = 20;
    static final float ORIGINAL_WEIGHT = 0.6f;

    private static final Set<String> FEEDBACK_FIELDS = Set.of(Schema.TITLE, Schema.BODY);

    /**
     * The feedback terms of {@code best} (the best articles for a query, at most
     * {@link #FEEDBACK_DOCS} used), each weighted by its share of the relevance model, together
     * worth {@code 1 - }{@link #ORIGINAL_WEIGHT} of the query; null when there is nothing to learn from.
     * It scores the typed query's best matches, and the {@link Ranker} widens the search by the few
     * articles outside them it scores nearly as high.
     *
     * @param queryTerms the number of terms of the original query, which sets how much one
     *                   expansion term weighs against one original term
     */
    Query expansion(IndexSearcher searcher, List<ScoreDoc> best, int queryTerms) throws IOException {
        if (best.isEmpty()) {
            return null;
        }
        Map<String, Double> model = new HashMap<>();
        TermVectors vectors = searcher.getIndexReader().termVectors();
        for (ScoreDoc hit : best.subList(0, Math.min(FEEDBACK_DOCS, best.size()))) {
            Map<String, Integer> counts = termCounts(vectors.get(hit.doc));
            double length = 0;
            for (int count : counts.values()) {
                length += count;
            }
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                model.merge(count.getKey(), hit.score * count.getValue() / length, Double::sum);
            }
        }
        List<Map.Entry<String, Double>> terms = strongest(model);
        double total = terms.stream().mapToDouble(Map.Entry::getValue).sum();
        BooleanQuery.Builder expansion = new BooleanQuery.Builder();
        for (Map.Entry<String, Double> term : terms) {
            float weight = (float) ((1 - ORIGINAL_WEIGHT) * Math.max(1, queryTerms) * term.getValue() / total);
            // The term's statistics, looked up once for the rescoring of the best matches and the widening search alike.
            Term body = new Term(Schema.BODY, term.getKey());
            expansion.add(new BoostQuery(new TermQuery(body, TermStates.build(searcher, body, true)), weight), BooleanClause.Occur.SHOULD);
        }
        return expansion.build();
    }

    /** Heaviest first, equal weights alphabetically. */
    private static final Comparator<Map.Entry<String, Double>> HEAVIEST_FIRST =
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey());

    /**
     * The {@link #FEEDBACK_TERMS} heaviest terms of {@code model}, heaviest first: a bounded heap,
     * since the five articles hold thousands of terms and sorting them all was a third of feedback.
     */
    private static List<Map.Entry<String, Double>> strongest(Map<String, Double> model) {
        PriorityQueue<Map.Entry<String, Double>> lightestFirst = new PriorityQueue<>(FEEDBACK_TERMS + 1, HEAVIEST_FIRST.reversed());
        for (Map.Entry<String, Double> term : model.entrySet()) {
            if (lightestFirst.size() < FEEDBACK_TERMS) {
                lightestFirst.add(term);
            } else if (HEAVIEST_FIRST.compare(term, lightestFirst.peek()) < 0) {
                lightestFirst.poll();
                lightestFirst.add(term);
            }
        }
        List<Map.Entry<String, Double>> strongest = new ArrayList<>(lightestFirst);
        strongest.sort(HEAVIEST_FIRST);
        return strongest;
    }

    /** How often each useful term stands in the article's title and body, as indexed. */
    private static Map<String, Integer> termCounts(Fields vectors) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String field : FEEDBACK_FIELDS) {
            Terms terms = vectors == null ? null : vectors.terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum each = terms.iterator();
            for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
                String term = useful(bytes);
                if (term != null) {
                    counts.merge(term, (int) each.totalTermFreq(), Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * The term, when it is useful: numbers and fragments make poor expansion terms, so only words of
     * three or more letters are. Most terms are ASCII and are judged on their bytes without decoding
     * the many that are rejected.
     */
    private static String useful(BytesRef bytes) {
        boolean ascii = true;
        for (int i = bytes.offset; i < bytes.offset + bytes.length; i++) {
            byte b = bytes.bytes[i];
            if (b < 0) {
                ascii = false;
            } else if (!(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z')) {
                return null;
            }
        }
        if (ascii) {
            return bytes.length >= 3 ? bytes.utf8ToString() : null;
        }
        String term = bytes.utf8ToString();
        return term.length() >= 3 && term.chars().allMatch(Character::isLetter) ? term : null;
    }
}
