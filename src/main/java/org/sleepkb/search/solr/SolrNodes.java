package org.sleepkb.search.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.SolrResponseBase;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * The Solr nodes the engine may ask, each through the JDK's HTTP client. Requests take turns among the nodes; a node
 * that cannot be reached, or answers that it cannot serve (5xx), is passed over for the next, so one stopped node
 * costs no failed search. Within the cluster, Solr itself routes each shard's part to a live replica.
 */
final class SolrNodes implements Closeable {

    private static final int BATCH = 500;

    private final List<String> urls;
    private final List<HttpJdkSolrClient> clients;
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();

    SolrNodes(List<String> urls) {
        this.urls = List.copyOf(urls);
        this.clients = urls.stream().map(url -> new HttpJdkSolrClient.Builder(url)
                // HTTP/1.1: plain-text HTTP/2 needs an upgrade the JDK client does not make for requests with a body.
                .useHttp1_1(true)
                .withConnectionTimeout(2, TimeUnit.SECONDS)
                .withRequestTimeout(60, TimeUnit.SECONDS)
                .build()).toList();
    }

    /** {@code request} on {@code collection} (null for cluster-wide requests), on the first node that can answer. */
    <T extends SolrResponseBase> T send(SolrRequest<T> request, String collection) throws IOException {
        sent.incrementAndGet();
        int first = Math.floorMod(turn.getAndIncrement(), clients.size());
        Exception last = null;
        for (int i = 0; i < clients.size(); i++) {
            HttpJdkSolrClient client = clients.get((first + i) % clients.size());
            try {
                return request.process(client, collection);
            } catch (SolrServerException | IOException e) {
                last = e;
            } catch (SolrException e) {
                if (e.code() < 500) {
                    throw e;
                }
                last = e;
            }
        }
        throw new IOException("no Solr node answered at " + String.join(", ", urls) + ": " + rootCause(last), last);
    }

    /** Adds {@code docs} to {@code collection} in batches and commits: nothing of them is visible before the commit. */
    void addAndCommit(String collection, List<SolrInputDocument> docs) throws IOException {
        for (int from = 0; from < docs.size(); from += BATCH) {
            UpdateRequest update = new UpdateRequest();
            update.add(docs.subList(from, Math.min(docs.size(), from + BATCH)));
            send(update, collection);
        }
        UpdateRequest commit = new UpdateRequest();
        commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        send(commit, collection);
    }

    /** Requests sent since these nodes were opened, each counted once whichever node answered it. */
    long sent() {
        return sent.get();
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    @Override
    public void close() throws IOException {
        for (HttpJdkSolrClient client : clients) {
            client.close();
        }
    }
}
