/**
 * What searching offers the rest of the program, whatever engine answers: the {@link org.sleepkb.search.SearchEngine}
 * seam, the request and result records ({@link org.sleepkb.search.SearchRequest}, {@link org.sleepkb.search.SearchResult},
 * {@link org.sleepkb.search.Hit}, facet, topic and suggestion counts) and the safety shown beside every hit
 * ({@link org.sleepkb.search.HitSafety}). It may use {@code corpus} and {@code index} records, never Lucene and never
 * its own sub-packages, which build on it: web, cli and eval need nothing else from searching.
 */
package org.sleepkb.search;
