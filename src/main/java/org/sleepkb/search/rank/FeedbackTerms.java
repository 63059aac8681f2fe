package org.sleepkb.search.rank;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * The terms {@link PseudoRelevanceFeedback} adds to a search in one field, each with its weight
 * and its statistics: as a query of weighted optional terms, which widens the search, and scored
 * directly over the best matches the second stage rescores. Scoring them directly gives the
 * query's scores (each term's BM25 score, summed in double as Lucene's disjunction sums them) for
 * a fraction of the cost: one terms enumeration and one postings enumeration per segment instead
 * of a weight, a scorer and a postings enumeration per term and segment and a heap to merge them.
 *
 * @param field      the field the terms are searched in
 * @param terms      the terms, heaviest first
 * @param weights    the weight (boost) of each term
 * @param statistics the statistics of each term, looked up once for the rescoring and the widening
 */
record FeedbackTerms(String field, BytesRef[] terms, float[] weights, TermStates[] statistics) {

    /** The terms as a query: each optional, weighted, its statistics given. */
    Query query() {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < terms.length; i++) {
            TermQuery term = new TermQuery(new Term(field, terms[i]), statistics[i]);
            query.add(new BoostQuery(term, weights[i]), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * The scores {@link #query()} gives the {@code hits} at {@code byDoc} (their places in document
     * order; zero where no term matches), indexed by place.
     */
    float[] scores(IndexSearcher searcher, ScoreDoc[] hits, int[] byDoc) throws IOException {
        Similarity.SimScorer[] scorers = new Similarity.SimScorer[terms.length];
        CollectionStatistics collection = searcher.collectionStatistics(field);
        for (int t = 0; t < terms.length; t++) {
            if (statistics[t].docFreq() > 0) {
                scorers[t] = searcher.getSimilarity().scorer(weights[t], collection,
                        searcher.termStatistics(new Term(field, terms[t]), statistics[t].docFreq(), statistics[t].totalTermFreq()));
            }
        }
        double[] sums = new double[hits.length];
        float finest = Float.MAX_VALUE;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int from = 0, to; from < byDoc.length; from = to) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[byDoc[from]].doc, leaves));
            int end = leaf.docBase + leaf.reader().maxDoc();
            to = from;
            while (to < byDoc.length && hits[byDoc[to]].doc < end) {
                to++;
            }
            long[] norms = norms(leaf, hits, byDoc, from, to);
            TermsEnum each = Terms.getTerms(leaf.reader(), field).iterator();
            PostingsEnum postings = null;
            for (int t = 0; t < terms.length; t++) {
                TermState state = scorers[t] == null ? null : statistics[t].get(leaf);
                if (state == null) {
                    continue;
                }
                each.seekExact(terms[t], state);
                postings = each.postings(postings, PostingsEnum.FREQS);
                for (int k = from; k < to; k++) {
                    int target = hits[byDoc[k]].doc - leaf.docBase;
                    int at = postings.docID() < target ? postings.advance(target) : postings.docID();
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at == target) {
                        float score = scorers[t].score(postings.freq(), norms[k - from]);
                        sums[byDoc[k]] += score;
                        if (score > 0) {
                            finest = Math.min(finest, Math.ulp(score));
                        }
                    }
                }
            }
        }
        float[] scores = new float[hits.length];
        for (int i = 0; i < hits.length; i++) {
            // Lucene sums a disjunction's scores in the order its heap hands them out, this in term
            // order: the same sum only where no addition rounds, as when every sum is a multiple of
            // the finest term score's last bit that a double holds. Otherwise score as Lucene does.
            if (sums[i] >= 0x1p52 * finest) {
                return Ranker.scores(searcher, query(), hits, byDoc);
            }
            scores[i] = (float) sums[i];
        }
        return scores;
    }

    /** The field's length norm of each of the {@code hits} at {@code byDoc[from..to)} in {@code leaf}, as BM25 reads it. */
    private long[] norms(LeafReaderContext leaf, ScoreDoc[] hits, int[] byDoc, int from, int to) throws IOException {
        long[] norms = new long[to - from];
        NumericDocValues values = leaf.reader().getNormValues(field);
        for (int k = from; k < to; k++) {
            int doc = hits[byDoc[k]].doc - leaf.docBase;
            norms[k - from] = values == null ? 1L : values.advanceExact(doc) ? values.longValue() : 0L;
        }
        return norms;
    }
}
