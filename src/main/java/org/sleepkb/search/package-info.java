/**
 * What searching offers the rest of the program, whatever engine answers: the {@link org.sleepkb.search.SearchEngine}
 * seam and the request and result records ({@link org.sleepkb.search.SearchRequest}, {@link org.sleepkb.search.SearchResult},
 * {@link org.sleepkb.search.Hit}, facet, topic and suggestion counts). It may use {@code corpus} and {@code index}
 * records and of its sub-packages only those whose records travel in a result ({@code search.safety},
 * {@code search.crisis}); never Lucene. The other sub-packages build on it: web, cli and eval need nothing else from
 * searching.
 */
package org.sleepkb.search;
