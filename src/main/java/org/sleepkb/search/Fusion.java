package org.sleepkb.search;

/**
 * How hybrid search blends its two halves: the BM25 score (divided by the query's best, so it
 * reads 0 to 1) and the cosine similarity of the article's best passage.
 *
 * @param lexicalWeight share of the BM25 half in the blend, 0 to 1
 * @param minSimilarity the similarity an article needs to be a hit without sharing a word with the query
 * @param passageDepth  nearest passages fetched per query
 */
record Fusion(float lexicalWeight, float minSimilarity, int passageDepth) {

    static final Fusion DEFAULT = new Fusion(0.5f, 0.35f, 200);

    float blend(float lexical, float similarity) {
        return lexicalWeight * lexical + (1 - lexicalWeight) * similarity;
    }
}
