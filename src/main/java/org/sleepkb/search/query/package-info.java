/**
 * What a person typed, understood: parsing into a Lucene query over the weighted fields with synonyms and a budget
 * for expanding words ({@link org.sleepkb.search.query.QueryFactory}), respelling against the index's own words
 * ({@link org.sleepkb.search.query.Respeller}) and autocomplete ({@link org.sleepkb.search.query.Suggester}). It may
 * use Lucene, {@code index} (analyzers, field names, catalog), {@code corpus} and the records of {@code search}.
 */
package org.sleepkb.search.query;
