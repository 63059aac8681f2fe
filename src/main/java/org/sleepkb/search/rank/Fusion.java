package org.sleepkb.search.rank;

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
}
