/**
 * The one pass over every match that counts the matches and their facet values and keeps the best for ranking
 * ({@link org.sleepkb.search.facet.FacetCounter}): articles grouped into combinations of facet values and name texts,
 * the clauses on topic and substance names scored once per combination, and the counts shown per dimension. It may
 * use Lucene, {@code index}, {@code search.rank} (scoring a query over chosen documents) and the records of
 * {@code search}.
 */
package org.sleepkb.search.facet;
