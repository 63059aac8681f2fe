package org.sleepkb.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.sleepkb.index.Schema;

/** The collection the alias names and what its reindex left beside the articles ({@link SolrIndexMeta}). */
final class CurrentCollection {

    private final SolrNodes nodes;
    private final String alias;

    CurrentCollection(SolrNodes nodes, String alias) {
        this.nodes = nodes;
        this.alias = alias;
    }

    /** The collection the alias names now, if any. */
    Optional<String> target() {
        try {
            var aliases = nodes.send(new CollectionAdminRequest.ListAliases(), null).getAliases();
            return Optional.ofNullable(aliases.get(alias));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SolrIndexMeta meta() {
        if (target().isEmpty()) {
            return SolrIndexMeta.NONE;
        }
        SolrQuery query = new SolrQuery("{!term f=" + SolrDocuments.ID + "}" + SolrDocuments.META_ID);
        query.setFields(SolrDocuments.ID, Schema.STORED);
        return query(query).getResults().stream().findFirst().map(SolrDocuments::meta).orElse(SolrIndexMeta.NONE);
    }

    /** {@code query} on the collection behind the alias. */
    QueryResponse query(SolrQuery query) {
        try {
            return nodes.send(new QueryRequest(query, SolrRequest.METHOD.POST), alias);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
