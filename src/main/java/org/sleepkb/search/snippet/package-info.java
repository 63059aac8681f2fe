/**
 * The snippet of a hit: the passages of its body that hold the words asked for, cut at sentence breaks, escaped and
 * marked ({@link org.sleepkb.search.snippet.SnippetHighlighter}, {@link org.sleepkb.search.snippet.SnippetFormatter}).
 * It may use Lucene's highlighter, {@code index} (field names) and {@code corpus}; it knows nothing of ranking or of
 * the hit records.
 */
package org.sleepkb.search.snippet;
