package org.sleepkb.search.solr;

import org.sleepkb.index.Catalog;

/**
 * What a reindex leaves beside the articles of a collection, as the embedded index keeps it in its commit: the
 * catalog for labels and topic lists, when it finished, how many problems it met, and the synonym rules in use.
 */
record SolrIndexMeta(Catalog catalog, String indexedAt, int problems, String synonyms) {

    static final SolrIndexMeta NONE = new SolrIndexMeta(Catalog.EMPTY, null, 0, "");
}
