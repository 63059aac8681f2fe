/**
 * The order of the hits: BM25 with the proximity bonus and pseudo-relevance feedback in the second stage
 * ({@link org.sleepkb.search.rank.Ranker}), widening by feedback, search by meaning over passage vectors and its fusion
 * with the words' ranking ({@link org.sleepkb.search.rank.HybridRetriever}). It may use Lucene, {@code index},
 * {@code embed} and {@code search.query} (the parsed query).
 */
package org.sleepkb.search.rank;
