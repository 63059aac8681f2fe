/**
 * Articles like a given one: shared vocabulary and shared topics and substances, blended with nearness by meaning where
 * the index holds passage vectors ({@link org.sleepkb.search.related.RelatedArticles}). It may use Lucene, {@code index},
 * {@code search.rank} (article vectors) and the records of {@code search}.
 */
package org.sleepkb.search.related;
