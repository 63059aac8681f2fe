package org.sleepkb.search.solr;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.sleepkb.embed.Embedder;
import org.sleepkb.embed.Passages;
import org.sleepkb.index.ReaderCache;
import org.sleepkb.search.rank.Fusion;
import org.sleepkb.search.rank.HybridRetriever;

/**
 * The semantic half of hybrid search on Solr, as the embedded {@link HybridRetriever} does it: the query's vector
 * finds the nearest passages ({@code {!knn}}), each article scores its best passage, the query moves towards its
 * nearest passages (feedback), and {@link Fusion} blends that with the words' ranking.
 */
final class SolrMeaning {

    private static final int CACHED_QUERIES = 512;
    private static final int ALL = 1_000_000;

    private final Embedder embedder;
    private final Fusion fusion;
    private final CurrentCollection current;
    /** Paging and autocomplete repeat queries; embedding one costs milliseconds. */
    private final Map<String, float[]> queryVectors = Collections.synchronizedMap(ReaderCache.leastRecentlyUsed(CACHED_QUERIES));

    SolrMeaning(Embedder embedder, Fusion fusion, CurrentCollection current) {
        this.embedder = embedder;
        this.fusion = fusion;
        this.current = current;
    }

    /**
     * The semantic side of {@code text}, or null when the model cannot read it.
     *
     * @param depth nearest passages to fetch, at least the fusion's {@link Fusion#passageDepth()}
     */
    Matches match(String text, int depth) {
        if (!HybridRetriever.embeddable(text) || !Passages.embeddings(embedder).equals(current.meta().embeddings())) {
            // Text the model cannot read, or a collection without this model's vectors: by words alone.
            return null;
        }
        float[] query = queryVectors.computeIfAbsent(text, embedder::embed);
        int passageDepth = Math.max(depth, fusion.passageDepth());
        List<SolrDocument> nearest = nearest(query, passageDepth, true);
        Set<String> relevant = bestPerArticle(nearest).entrySet().stream().filter(e -> fusion.relevant(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        float[] expanded = expand(query, nearest);
        return new Matches(expanded, bestPerArticle(nearest(expanded, passageDepth, false)), relevant);
    }

    /** The semantic side of one query: best passage similarity per article, and the articles relevant by meaning. */
    record Matches(float[] query, Map<String, Float> similarity, Set<String> relevant) {
    }

    /** One ranking from the words' ranking {@code lexical} (best first) and {@code matches}, by {@link Fusion}. */
    List<Fusion.Scored<String>> fuse(Matches matches, List<Fusion.Scored<String>> lexical) {
        Map<String, Float> similarity = new HashMap<>(matches.similarity());
        fillIn(matches.query(), lexical.stream().map(Fusion.Scored::key).filter(slug -> !similarity.containsKey(slug)).toList(),
                similarity);
        return fusion.fuse(lexical, similarity, matches.relevant());
    }

    private List<SolrDocument> nearest(float[] vector, int depth, boolean withVectors) {
        SolrQuery query = new SolrQuery("{!knn f=" + SolrPassages.VECTOR + " topK=" + depth + "}" + literal(vector));
        query.addFilterQuery(SolrDocuments.KIND + ":" + SolrDocuments.PASSAGE);
        query.setRows(depth);
        query.setFields(withVectors ? new String[] {SolrPassages.OF, "score", SolrPassages.VECTOR} : new String[] {SolrPassages.OF, "score"});
        return current.query(query).getResults();
    }

    /** Exact similarities of {@code vector} to the best passage of each of {@code articles} (not among the nearest). */
    private void fillIn(float[] vector, List<String> articles, Map<String, Float> similarity) {
        if (articles.isEmpty()) {
            return;
        }
        SolrQuery query = new SolrQuery("{!func}vectorSimilarity(" + SolrPassages.VECTOR + "," + literal(vector) + ")");
        query.addFilterQuery(SolrDocuments.KIND + ":" + SolrDocuments.PASSAGE);
        query.addFilterQuery("{!terms f=" + SolrPassages.OF + "}" + String.join(",", articles));
        query.setRows(ALL);
        query.setFields(SolrPassages.OF, "score");
        bestPerArticle(current.query(query).getResults()).forEach((slug, best) -> similarity.merge(slug, best, Math::max));
    }

    /** The query moved towards its nearest passages, whose vectors came with them. */
    private float[] expand(float[] query, List<SolrDocument> nearest) {
        int count = Math.min(fusion.feedbackPassages(), nearest.size());
        if (count == 0) {
            return query;
        }
        float[] sum = new float[query.length];
        for (SolrDocument passage : nearest.subList(0, count)) {
            int i = 0;
            for (Object value : (Collection<?>) passage.getFieldValues(SolrPassages.VECTOR)) {
                sum[i++] += ((Number) value).floatValue();
            }
        }
        return fusion.expand(query, sum, count);
    }

    /** Each article's best cosine similarity among {@code passages} (scored by Lucene as (1 + cos) / 2). */
    private static Map<String, Float> bestPerArticle(List<SolrDocument> passages) {
        Map<String, Float> best = new HashMap<>();
        for (SolrDocument passage : passages) {
            float score = ((Number) passage.getFirstValue("score")).floatValue();
            best.merge((String) passage.getFirstValue(SolrPassages.OF), Fusion.similarity(score), Math::max);
        }
        return best;
    }

    private static String literal(float[] vector) {
        StringBuilder out = new StringBuilder(vector.length * 12).append('[');
        for (int i = 0; i < vector.length; i++) {
            out.append(i == 0 ? "" : ",").append(vector[i]);
        }
        return out.append(']').toString();
    }
}
