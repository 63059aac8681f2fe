package org.sleepkb.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.sleepkb.index.Schema;

/**
 * The collection the alias names and what its reindex left beside the articles ({@link SolrIndexMeta}), read once
 * and then kept for {@link #FRESH}: a search costs one request to Solr, not three. This process's own reindex or
 * rollback forgets them at once; another process's shows here within {@link #FRESH}. Searches themselves always go
 * through the alias, so a kept view only delays labels and names, never the hits.
 */
final class CurrentCollection {

    /** How long the alias's target and its metadata are kept before they are read again. */
    static final Duration FRESH = Duration.ofSeconds(3);

    private record View(Optional<String> target, SolrIndexMeta meta, long readAt) {
    }

    private final SolrNodes nodes;
    private final String alias;
    private volatile View view;

    CurrentCollection(SolrNodes nodes, String alias) {
        this.nodes = nodes;
        this.alias = alias;
    }

    /** The collection the alias names, if any. */
    Optional<String> target() {
        return view().target();
    }

    /** The metadata of the collection the alias names; {@link SolrIndexMeta#NONE} without one. */
    SolrIndexMeta meta() {
        return view().meta();
    }

    /** The collection the alias names now, read from the cluster whatever is kept. */
    Optional<String> fresh() {
        forget();
        return target();
    }

    /** Reads the alias and the metadata again at the next use: after a reindex or rollback. */
    void forget() {
        view = null;
    }

    private View view() {
        View seen = view;
        if (seen != null && System.nanoTime() - seen.readAt() < FRESH.toNanos()) {
            return seen;
        }
        synchronized (this) {
            if (view == seen) {
                view = read();
            }
            return view;
        }
    }

    private View read() {
        long readAt = System.nanoTime();
        try {
            Optional<String> target = Optional.ofNullable(
                    nodes.send(new CollectionAdminRequest.ListAliases(), null).getAliases().get(alias));
            if (target.isEmpty()) {
                return new View(target, SolrIndexMeta.NONE, readAt);
            }
            SolrQuery query = new SolrQuery("{!term f=" + SolrDocuments.ID + "}" + SolrDocuments.META_ID);
            query.setFields(SolrDocuments.ID, Schema.STORED);
            SolrIndexMeta meta = nodes.send(new QueryRequest(query, SolrRequest.METHOD.POST), target.get()).getResults()
                    .stream().findFirst().map(SolrDocuments::meta).orElse(SolrIndexMeta.NONE);
            return new View(target, meta, readAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
