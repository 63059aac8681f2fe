package org.sleepkb.search.solr;

import org.sleepkb.index.Catalog;

/**
 * What a reindex leaves beside the articles of a collection, as the embedded index keeps it in its commit: the
 * catalog for labels and topic lists, when it finished, how many problems it met, the synonym rules in use and
 * the hash of profiles, topics and synonyms ({@code Corpus.sharedHash}), and whose vectors the passages hold
 * ({@code Passages.embeddings}; empty when the collection has none).
 */
record SolrIndexMeta(Catalog catalog, String indexedAt, int problems, String synonyms, String sharedHash, String embeddings) {

    static final SolrIndexMeta NONE = new SolrIndexMeta(Catalog.EMPTY, null, 0, "", "", "");

    SolrIndexMeta {
        embeddings = embeddings == null ? "" : embeddings;
    }
}
