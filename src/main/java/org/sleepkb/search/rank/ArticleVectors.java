package org.sleepkb.search.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;
import org.sleepkb.index.ArticlesOnlyReader;
import org.sleepkb.index.Schema;

/**
 * Articles near one article in the sentence model's vector space, from the passage vectors the
 * index already holds: the article is the mean of its passages (normalised), and every other
 * article scores the cosine similarity of its nearest passage to that mean.
 */
public final class ArticleVectors {

    private ArticleVectors() {
    }

    /**
     * @param articles   the searcher of the article search (passages hidden)
     * @param slug       the article whose neighbours are wanted; never among them
     * @param candidates article documents that need a similarity even when they are not among the nearest
     * @param depth      nearest passages to fetch
     * @return cosine similarity by article document; empty when the article has no passage vectors
     */
    public static Map<Integer, Float> nearest(IndexSearcher articles, PassageMap map, String slug, Set<Integer> candidates,
                                       int depth) throws IOException {
        IndexReader all = ArticlesOnlyReader.withPassages(articles.getIndexReader());
        IndexSearcher passages = new IndexSearcher(all);
        Query own = new TermQuery(new Term(Schema.PASSAGE_OF, slug));
        int count = passages.count(own);
        if (count == 0) {
            return Map.of();
        }
        int[] docs = Arrays.stream(passages.search(own, count).scoreDocs).mapToInt(d -> d.doc).sorted().toArray();
        float[] mean = sum(all, docs);
        if (mean == null) {
            return Map.of();
        }
        VectorUtil.l2normalize(mean);
        Map<Integer, Float> best = new HashMap<>();
        collect(passages.search(new KnnFloatVectorQuery(Schema.VECTOR, mean, depth), depth).scoreDocs, map, slug, best);
        fillIn(passages, map, mean, candidates, slug, best);
        return best;
    }

    /**
     * Adds to {@code best} the exact similarity of {@code vector} to the best passage of each of
     * {@code articles} that {@code best} does not hold yet (an approximate search may have missed it).
     */
    static void fillIn(IndexSearcher passages, PassageMap map, float[] vector, Iterable<Integer> articles, String exclude,
                       Map<Integer, Float> best) throws IOException {
        List<BytesRef> missing = new ArrayList<>();
        for (int doc : articles) {
            if (!best.containsKey(doc) && map.slugOf(doc) != null) {
                missing.add(new BytesRef(map.slugOf(doc)));
            }
        }
        Query theirs = new TermInSetQuery(Schema.PASSAGE_OF, missing);
        int count = missing.isEmpty() ? 0 : passages.count(theirs);
        if (count > 0) {
            // With a filter no larger than k, Lucene compares every filtered vector: exact, not approximate.
            collect(passages.search(new KnnFloatVectorQuery(Schema.VECTOR, vector, count, theirs), count).scoreDocs, map, exclude, best);
        }
    }

    /** Each article's best similarity among {@code nearest} passages, merged into {@code best}; never {@code exclude}'s (may be null). */
    static void collect(ScoreDoc[] nearest, PassageMap map, String exclude, Map<Integer, Float> best) {
        for (ScoreDoc passage : nearest) {
            int article = map.articleOf(passage.doc);
            if (article >= 0 && (exclude == null || !exclude.equals(map.slugOf(article)))) {
                best.merge(article, Fusion.similarity(passage.score), Math::max);
            }
        }
    }

    /** The sum of the vectors of {@code docs} (ascending ids of {@code all}), or null when none has one. */
    static float[] sum(IndexReader all, int[] docs) throws IOException {
        float[] sum = null;
        int next = 0;
        for (LeafReaderContext leaf : all.leaves()) {
            FloatVectorValues vectors = leaf.reader().getFloatVectorValues(Schema.VECTOR);
            int end = leaf.docBase + leaf.reader().maxDoc();
            for (; next < docs.length && docs[next] < end; next++) {
                if (vectors != null && vectors.advance(docs[next] - leaf.docBase) == docs[next] - leaf.docBase) {
                    float[] vector = vectors.vectorValue();
                    if (sum == null) {
                        sum = new float[vector.length];
                    }
                    for (int i = 0; i < vector.length; i++) {
                        sum[i] += vector[i];
                    }
                }
            }
        }
        return sum;
    }
}
