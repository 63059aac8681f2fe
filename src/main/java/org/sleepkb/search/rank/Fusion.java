package org.sleepkb.search.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.VectorUtil;

/**
 * How hybrid search blends its two halves: the BM25 score (divided by the query's best, so it
 * reads 0 to 1) and the cosine similarity of the article's best passage.
 *
 * @param lexicalWeight share of the BM25 half in the blend, 0 to 1
 * @param minSimilarity the similarity an article needs to be a hit without sharing a word with the query
 * @param passageDepth  nearest passages fetched per query
 * @param feedbackPassages nearest passages whose mean moves the query vector (0 for none)
 * @param feedbackWeight   weight of that mean against the query's own vector
 */
public record Fusion(float lexicalWeight, float minSimilarity, int passageDepth, int feedbackPassages, float feedbackWeight) {

    public static final Fusion DEFAULT = new Fusion(0.35f, 0.35f, 60, 5, 1.0f);

    /** Vector search alone: every nearest article is a hit, ranked by similarity. */
    public static Fusion semanticOnly() {
        return new Fusion(0f, -1f, DEFAULT.passageDepth, DEFAULT.feedbackPassages, DEFAULT.feedbackWeight);
    }

    float blend(float lexical, float similarity) {
        return lexicalWeight * lexical + (1 - lexicalWeight) * similarity;
    }

    /** An article (by whatever key the engine knows it) with its score. */
    public record Scored<K>(K key, float score) {
    }

    /** Lucene scores cosine vectors as (1 + cos) / 2; the fusion works with the cosine itself. */
    public static float similarity(float score) {
        return 2 * score - 1;
    }

    /** Whether an article whose best passage has {@code similarity} is a hit by meaning alone. */
    public boolean relevant(float similarity) {
        return similarity >= minSimilarity;
    }

    /**
     * Pseudo-relevance feedback in vector space: {@code query} moved towards its nearest passages, whose vectors sum
     * to {@code sum} over {@code count} passages: they carry the corpus's own wording of what was asked (Rocchio's
     * method).
     */
    public float[] expand(float[] query, float[] sum, int count) {
        float[] expanded = query.clone();
        float weight = feedbackWeight / count;
        for (int i = 0; i < expanded.length; i++) {
            expanded[i] += weight * sum[i];
        }
        return VectorUtil.l2normalize(expanded);
    }

    /**
     * One ranking from the lexical hits (best first) and the articles relevant by meaning, by the blend of the BM25
     * score divided by the best one and the best passage's {@code similarity}. A lexical hit scoring zero (a match
     * by meaning only) is kept only when relevant; relevant articles the lexical hits lack join with no lexical score.
     */
    public <K> List<Scored<K>> fuse(List<Scored<K>> lexical, Map<K, Float> similarity, Set<K> relevant) {
        float maxLexical = 0;
        for (Scored<K> doc : lexical) {
            maxLexical = Math.max(maxLexical, doc.score());
        }
        List<Scored<K>> fused = new ArrayList<>();
        Set<K> seen = new HashSet<>();
        for (Scored<K> doc : lexical) {
            float lexicalScore = maxLexical > 0 ? doc.score() / maxLexical : 0;
            if (lexicalScore > 0 || relevant.contains(doc.key())) {
                fused.add(new Scored<>(doc.key(), blend(lexicalScore, similarity.getOrDefault(doc.key(), 0f))));
            }
            seen.add(doc.key());
        }
        for (K doc : relevant) {
            if (!seen.contains(doc)) {
                fused.add(new Scored<>(doc, blend(0, similarity.getOrDefault(doc, 0f))));
            }
        }
        // A stable sort: equal blends keep the lexical order (score, then slug).
        fused.sort(Comparator.comparingDouble((Scored<K> doc) -> doc.score()).reversed());
        return fused;
    }
}
