/**
 * The embedded Lucene engine, the {@link org.sleepkb.search.SearchEngine} that runs in this process over an
 * {@link org.sleepkb.index.IndexStore}: it interprets a request (respelling), finds what answers it in order (the
 * counting pass, the ranking, the search by meaning and the list order, {@code Retrieval}), assembles pages of hits with
 * snippets and safety, and keeps answers per index reader. It may use every other part of {@code search},
 * {@code index}, {@code embed} and Lucene; nothing in {@code search} uses it.
 */
package org.sleepkb.search.embedded;
