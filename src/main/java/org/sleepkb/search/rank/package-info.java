/**
 * The order of the hits: BM25 with the proximity bonus and pseudo-relevance feedback in the second stage
 * ({@link org.sleepkb.search.rank.Ranker}), widening by feedback, search by meaning over passage vectors and its fusion
 * with the words' ranking ({@link org.sleepkb.search.rank.HybridRetriever}), the order of a list without words, and the
 * pass after ranking that makes the list people see ({@link org.sleepkb.search.rank.ListOrder}: the articles a crisis
 * puts first, reviewed articles before claims for a safety question, where the list ends). It may use Lucene,
 * {@code index}, {@code corpus}, {@code embed}, {@code search.query} (the parsed query) and the {@code search} records.
 */
package org.sleepkb.search.rank;
