package org.sleepkb.search.rank;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
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
public final class PseudoRelevanceFeedback {

    /** Tuned on the NFCorpus dev split (docs/relevance.md). */
    public static final int FEEDBACK_DOCS = 5;
    static final int FEEDBACK_TERMS = 20;
    public static final float ORIGINAL_WEIGHT = 0.6f;

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
    FeedbackTerms expansion(IndexSearcher searcher, List<ScoreDoc> best, int queryTerms) throws IOException {
        if (best.isEmpty()) {
            return null;
        }
        RelevanceModel model = new RelevanceModel(Schema.TITLE, Schema.BODY);
        TermVectors vectors = searcher.getIndexReader().termVectors();
        for (ScoreDoc hit : best.subList(0, Math.min(FEEDBACK_DOCS, best.size()))) {
            model.add(vectors.get(hit.doc), hit.score);
        }
        RelevanceModel.Weighted[] terms = model.strongest(FEEDBACK_TERMS);
        return new FeedbackTerms(Schema.BODY, Arrays.stream(terms).map(RelevanceModel.Weighted::term).toArray(BytesRef[]::new),
                weights(terms, queryTerms), statistics(searcher, Schema.BODY, terms));
    }

    /**
     * The feedback terms of the best articles of an engine whose index is elsewhere (SolrCloud), learnt as
     * {@link #expansion} learns them: each body term with its weight against one typed term's weight of
     * {@link #ORIGINAL_WEIGHT}, in a map in the order heaviest first; empty when there is nothing to learn from.
     *
     * @param best       the term vectors (title and body) of the best articles, best first, each with its score
     * @param queryTerms the number of terms of the typed query
     */
    public static Map<String, Float> terms(Map<Fields, Float> best, int queryTerms) throws IOException {
        RelevanceModel model = new RelevanceModel(Schema.TITLE, Schema.BODY);
        int used = 0;
        for (Map.Entry<Fields, Float> article : best.entrySet()) {
            if (used++ == FEEDBACK_DOCS) {
                break;
            }
            model.add(article.getKey(), article.getValue());
        }
        RelevanceModel.Weighted[] terms = model.strongest(FEEDBACK_TERMS);
        float[] weights = weights(terms, queryTerms);
        Map<String, Float> weighted = new LinkedHashMap<>();
        for (int i = 0; i < terms.length; i++) {
            weighted.put(terms[i].term().utf8ToString(), weights[i]);
        }
        return weighted;
    }

    /** Each term's share of the model, together worth {@code 1 - }{@link #ORIGINAL_WEIGHT} of the query. */
    private static float[] weights(RelevanceModel.Weighted[] terms, int queryTerms) {
        double total = Arrays.stream(terms).mapToDouble(RelevanceModel.Weighted::weight).sum();
        float[] weights = new float[terms.length];
        for (int i = 0; i < terms.length; i++) {
            weights[i] = (float) ((1 - ORIGINAL_WEIGHT) * Math.max(1, queryTerms) * terms[i].weight() / total);
        }
        return weights;
    }

    /**
     * The statistics of each of {@code terms} in {@code field}, as {@link TermStates#build} finds
     * them, but looked up in term order with one terms enumeration per segment: a fresh
     * enumeration per term and segment made the lookups a third of choosing the feedback terms.
     */
    static TermStates[] statistics(IndexSearcher searcher, String field, RelevanceModel.Weighted[] terms) throws IOException {
        IndexReaderContext top = searcher.getTopReaderContext();
        TermStates[] statistics = new TermStates[terms.length];
        Integer[] inTermOrder = new Integer[terms.length];
        for (int i = 0; i < terms.length; i++) {
            statistics[i] = new TermStates(top);
            inTermOrder[i] = i;
        }
        Arrays.sort(inTermOrder, Comparator.comparing(i -> terms[i].term()));
        for (LeafReaderContext leaf : top.leaves()) {
            TermsEnum each = Terms.getTerms(leaf.reader(), field).iterator();
            for (int i : inTermOrder) {
                if (each.seekExact(terms[i].term())) {
                    statistics[i].register(each.termState(), leaf.ord, each.docFreq(), each.totalTermFreq());
                }
            }
        }
        return statistics;
    }
}
