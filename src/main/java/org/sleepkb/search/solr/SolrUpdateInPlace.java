package org.sleepkb.search.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.IndexedArticle;

/**
 * An incremental reindex of the collection behind the alias, in place: the articles whose content hash changed (or
 * that are new) are written again with their passages, removed ones are deleted, the suggestions and the metadata
 * replaced, and one commit makes it all visible. Only when the synonyms, profiles, topics and sentence model are
 * those the collection was built with: anything shared by every article takes a new collection.
 */
final class SolrUpdateInPlace {


    private SolrUpdateInPlace() {
    }

    /**
     * @param changed  the articles to write: new, or whose hash changed
     * @param gone     slugs of the articles to delete
     * @param articles every article the collection holds afterwards, for the suggestions
     */
    static void apply(SolrNodes nodes, String collection, List<IndexedArticle> changed, Set<String> gone, List<IndexedArticle> articles,
                      Catalog catalog, SolrIndexMeta meta, Optional<SolrPassages> passages) throws IOException {
        // Deletions first and in a request of their own: Solr applies a request's additions before its deletions.
        UpdateRequest deletions = new UpdateRequest();
        List<String> rewritten = new ArrayList<>(gone);
        changed.forEach(article -> rewritten.add(article.article().slug()));
        if (!gone.isEmpty()) {
            deletions.deleteById(new ArrayList<>(gone));
        }
        if (!rewritten.isEmpty()) {
            deletions.deleteByQuery("{!terms f=" + SolrPassages.OF + "}" + String.join(",", rewritten));
        }
        deletions.deleteByQuery(SolrDocuments.KIND + ":" + SolrDocuments.SUGGESTION);
        nodes.send(deletions, collection);

        List<SolrInputDocument> docs = new ArrayList<>();
        for (IndexedArticle article : changed) {
            docs.add(SolrDocuments.of(article));
            passages.ifPresent(p -> docs.addAll(p.of(article)));
        }
        docs.addAll(SolrSuggestions.documents(articles, catalog));
        docs.add(SolrDocuments.of(meta));
        nodes.addAndCommit(collection, docs);
        SolrQuery query = SolrQueries.articles("*:*");
        query.setRows(0);
        long held = nodes.send(new QueryRequest(query), collection).getResults().getNumFound();
        if (held != articles.size()) {
            throw new IOException("collection " + collection + " holds " + held + " articles of " + articles.size()
                    + " after an update in place; a full reindex (--full) builds it anew");
        }
    }
}
