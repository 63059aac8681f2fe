package org.sleepkb.search.rank;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Set;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.sleepkb.embed.Embedder;
import org.sleepkb.index.ArticlesOnlyReader;
import org.sleepkb.index.ReaderCache;
import org.sleepkb.index.Schema;

/**
 * The semantic half of hybrid search: embeds the query, finds the nearest passages in the HNSW
 * graph (under the same facet filters as the lexical query), and scores each article by its best
 * passage. {@link SemanticMatches#fuse} then blends that with the BM25 ranking, so an article can
 * be found by what it means when its words differ from the query's.
 */
public final class HybridRetriever {

    private static final int CACHED_QUERIES = 512;
    /** Lexical hits that take part in the fusion: a page's hits may come from deeper in the BM25 ranking. */
    private static final int FUSION_DEPTH = 100;

    private final Embedder embedder;
    private final Fusion fusion;
    /** Paging, respelling and autocomplete repeat queries; embedding one costs milliseconds. */
    private final Map<String, float[]> queryVectors = Collections.synchronizedMap(ReaderCache.leastRecentlyUsed(CACHED_QUERIES));

    public HybridRetriever(Embedder embedder, Fusion fusion) {
        this.embedder = embedder;
        this.fusion = fusion;
    }

    /**
     * The articles whose passages are nearest to {@code text}.
     *
     * @param articles the searcher of the article search (passages hidden)
     * @param map      the passages of {@code articles}' reader, by article
     * @param filter   the facet filter, or null
     * @param depth    nearest passages to fetch, at least {@link Fusion#passageDepth()}
     */
    public SemanticMatches match(IndexSearcher articles, PassageMap map, String text, Query filter, int depth) throws IOException {
        IndexReader all = ArticlesOnlyReader.withPassages(articles.getIndexReader());
        if (map.isEmpty() || !embeddable(text)) {
            return new SemanticMatches(null, map, null, Map.of(), Set.of());
        }
        float[] query = queryVectors.computeIfAbsent(text, embedder::embed);
        IndexSearcher passages = new IndexSearcher(all);
        int passageDepth = Math.max(depth, fusion.passageDepth());
        TopDocs nearest = nearest(passages, query, filter, passageDepth);
        Set<Integer> relevant = bestPerArticle(nearest, map).entrySet().stream()
                .filter(e -> fusion.relevant(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        float[] expanded = expand(all, query, nearest);
        return new SemanticMatches(passages, map, expanded, bestPerArticle(nearest(passages, expanded, filter, passageDepth), map), relevant);
    }

    /** How deep the words' ranking goes for the best {@code depth}: deeper with meaning (not null), so that every semantic match takes part. */
    public static int lexicalDepth(SemanticMatches semantic, int depth) {
        return semantic == null ? depth : Math.max(depth, FUSION_DEPTH) + semantic.extraDepth();
    }

    /** The best {@code depth} of the words' ranking {@code lexical}, fused with the ranking by meaning where there is one (not null). */
    public static ScoreDoc[] fused(SemanticMatches semantic, ScoreDoc[] lexical, int depth) throws IOException {
        ScoreDoc[] docs = semantic == null ? lexical : semantic.fuse(lexical);
        return docs.length > depth ? Arrays.copyOf(docs, depth) : docs;
    }

    /**
     * Whether the sentence model can take {@code text}: it refuses text that is blank once trimmed,
     * and text without a letter or digit (only spaces, marks, format or replacement characters)
     * means nothing to it anyway, so such a query is searched by words alone.
     */
    public static boolean embeddable(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static TopDocs nearest(IndexSearcher passages, float[] query, Query filter, int depth) throws IOException {
        return passages.search(new KnnFloatVectorQuery(Schema.VECTOR, query, depth, filter), depth);
    }

    private static Map<Integer, Float> bestPerArticle(TopDocs nearest, PassageMap map) {
        Map<Integer, Float> best = new HashMap<>();
        ArticleVectors.collect(nearest.scoreDocs, map, null, best);
        return best;
    }

    /**
     * Pseudo-relevance feedback in vector space: the query moved towards its nearest passages,
     * which carry the corpus's own wording of what was asked (Rocchio's method). It ranks only;
     * which articles count as hits is decided by the query as typed.
     */
    private float[] expand(IndexReader all, float[] query, TopDocs nearest) throws IOException {
        int count = Math.min(fusion.feedbackPassages(), nearest.scoreDocs.length);
        if (count == 0) {
            return query;
        }
        int[] docs = new int[count];
        for (int i = 0; i < count; i++) {
            docs[i] = nearest.scoreDocs[i].doc;
        }
        Arrays.sort(docs);
        float[] sum = ArticleVectors.sum(all, docs);
        if (sum == null) {
            return query;
        }
        return fusion.expand(query, sum, count);
    }

    /** The semantic side of one query: best passage similarity per article document. */
    public final class SemanticMatches {

        private final IndexSearcher passages;
        private final PassageMap map;
        private final float[] query;
        private final Map<Integer, Float> similarity;

        private final Set<Integer> relevant;

        private SemanticMatches(IndexSearcher passages, PassageMap map, float[] query, Map<Integer, Float> similarity,
                                Set<Integer> relevant) {
            this.passages = passages;
            this.map = map;
            this.query = query;
            this.similarity = new HashMap<>(similarity);
            this.relevant = relevant;
        }

        /** How many documents the lexical search must return so that every relevant match is among them. */
        public int extraDepth() {
            return relevant.size();
        }

        /**
         * {@code lexical} or a relevant semantic match; the matches score zero, so the lexical
         * ranking stays BM25 while counts and facets cover both halves.
         */
        public Query widen(Query lexical) {
            return Widening.withArticles(lexical, relevant.stream().map(doc -> new BytesRef(map.slugOf(doc))).toList());
        }

        /**
         * One ranking from the lexical hits (best first; a zero score means a semantic match only)
         * and the semantic matches, by the fusion's blend of both scores.
         */
        public ScoreDoc[] fuse(ScoreDoc[] lexical) throws IOException {
            if (query == null) {
                return lexical;
            }
            fillIn(lexical);
            List<Fusion.Scored<Integer>> words = Arrays.stream(lexical).map(doc -> new Fusion.Scored<>(doc.doc, doc.score)).toList();
            return fusion.fuse(words, similarity, relevant).stream().map(doc -> new ScoreDoc(doc.key(), doc.score()))
                    .toArray(ScoreDoc[]::new);
        }

        /** Exact similarities for lexical hits whose passages were not among the nearest. */
        private void fillIn(ScoreDoc[] lexical) throws IOException {
            ArticleVectors.fillIn(passages, map, query, Arrays.stream(lexical).map(doc -> doc.doc).toList(), null, similarity);
        }
    }
}
