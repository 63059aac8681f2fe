package org.sleepkb.search.solr;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.Problem;
import org.sleepkb.corpus.Topic;
import org.sleepkb.embed.Embedder;
import org.sleepkb.embed.Passages;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.index.MassRemovalException;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.index.Schema;

/**
 * A reindex on SolrCloud: a new collection with its own configset, filled, checked to hold every document, and then
 * named by the alias in one step; the collection before stays for {@link #rollback()}, older ones are deleted.
 */
final class SolrReindex {

    private static final DateTimeFormatter COLLECTION_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);
    private static final int ALL = 1_000_000;

    private final SolrNodes nodes;
    private final SolrOptions options;
    private final CurrentCollection current;
    private final Optional<Embedder> embedder;

    /** Reindexes that give every article's passages a vector when there is an {@code embedder}. */
    SolrReindex(SolrNodes nodes, SolrOptions options, CurrentCollection current, Optional<Embedder> embedder) {
        this.nodes = nodes;
        this.options = options;
        this.current = current;
        this.embedder = embedder;
    }

    /**
     * Builds a new collection from {@code corpus} and moves the alias to it: a collection is complete before anyone
     * reads it. An incremental reindex ({@code full} false) updates the collection behind the alias in place when
     * only articles changed ({@link SolrUpdateInPlace}), and leaves it as it is when nothing did.
     */
    ReindexSummary build(Corpus corpus, boolean full, boolean allowMassRemoval) throws IOException {
        Instant start = options.clock().instant();
        Optional<String> target = current.target();
        SolrIndexMeta previous = target.isPresent() ? current.meta() : SolrIndexMeta.NONE;
        List<Problem> problems = new ArrayList<>(corpus.problems());
        String synonyms = corpus.synonyms() == null ? "" : corpus.synonyms();
        try {
            Analyzers.forQueries(synonyms);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("synonyms.txt", 0, e.getMessage() + "; the previous synonyms stay in use"));
            synonyms = previous.synonyms();
        }
        Map<String, String> hashes = target.isPresent() ? hashes() : Map.of();
        String embeddings = embedder.map(Passages::embeddings).orElse("");
        Optional<SolrPassages> passages = embedder.map(model -> new SolrPassages(model,
                () -> target.isPresent() && embeddings.equals(previous.embeddings()) ? SolrPassages.vectorsOf(current) : Map.of()));
        Map<String, Topic> topics = corpus.topics().stream().collect(Collectors.toMap(Topic::id, t -> t, (a, b) -> a));

        List<IndexedArticle> indexed = new ArrayList<>();
        List<IndexedArticle> changed = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> present = new HashSet<>();
        for (Article article : corpus.articles()) {
            present.add(article.slug());
            String hash = hashes.get(article.slug());
            IndexedArticle linked = IndexedArticle.linked(article, corpus.substances(), topics);
            indexed.add(linked);
            if (hash != null && hash.equals(article.contentHash())) {
                unchanged++;
                continue;
            }
            changed.add(linked);
            if (hash == null) {
                added++;
            } else {
                updated++;
            }
        }
        int kept = 0;
        for (String slug : corpus.brokenSlugs()) {
            Optional<IndexedArticle> good = hashes.containsKey(slug) ? article(slug) : Optional.empty();
            if (good.isPresent()) {
                present.add(slug);
                kept++;
                indexed.add(IndexedArticle.relinked(good.get(), corpus.substances(), topics));
            }
        }
        if (!allowMassRemoval) {
            MassRemovalException.check(hashes.keySet(), corpus, present);
        }
        Set<String> gone = hashes.keySet().stream().filter(slug -> !present.contains(slug)).collect(Collectors.toSet());
        int removed = gone.size();
        boolean inPlace = !full && target.isPresent() && synonyms.equals(previous.synonyms())
                && corpus.sharedHash().equals(previous.sharedHash()) && embeddings.equals(previous.embeddings());
        if (inPlace && added + updated + removed == 0) {
            // Nothing changed: the collection behind the alias already is this corpus.
            return new ReindexSummary(false, hashes.size(), 0, 0, 0, unchanged, kept, corpus.substances().size(),
                    corpus.brokenSlugs(), problems, start, Duration.between(start, options.clock().instant()));
        }
        Catalog catalog = Catalog.of(corpus);
        if (inPlace) {
            Instant finished = options.clock().instant();
            SolrUpdateInPlace.apply(nodes, target.get(), changed, gone, indexed, catalog, new SolrIndexMeta(catalog,
                    finished.toString(), problems.size(), synonyms, corpus.sharedHash(), embeddings), passages);
            return new ReindexSummary(true, indexed.size(), added, updated, removed, unchanged, kept,
                    corpus.substances().size(), corpus.brokenSlugs(), problems, finished,
                    Duration.between(start, options.clock().instant()));
        }
        List<SolrInputDocument> docs = new ArrayList<>();
        for (IndexedArticle article : indexed) {
            docs.add(SolrDocuments.of(article));
            passages.ifPresent(p -> docs.addAll(p.of(article)));
        }
        docs.addAll(SolrSuggestions.documents(indexed, catalog));
        Instant finished = options.clock().instant();
        docs.add(SolrDocuments.of(new SolrIndexMeta(catalog, finished.toString(), problems.size(), synonyms,
                corpus.sharedHash(), embeddings)));

        String collection = options.alias() + "_" + COLLECTION_TIME.format(finished);
        Configset.upload(nodes, collection, synonyms);
        try {
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, collection,
                    options.shards(), options.replicas());
            create.setWaitForFinalState(true);
            nodes.send(create, null);
            nodes.addAndCommit(collection, docs);
            long held = count(collection);
            if (held != docs.size()) {
                throw new IOException("collection " + collection + " holds " + held + " documents of " + docs.size() + "; the alias stays");
            }
        } catch (IOException | RuntimeException e) {
            discard(collection);
            throw e;
        }
        // The one step readers see: the alias now names the complete new collection.
        nodes.send(CollectionAdminRequest.createAlias(options.alias(), collection), null);
        deleteOlderThan(target.orElse(collection));
        return new ReindexSummary(true, indexed.size(), added, updated, removed, unchanged, kept,
                corpus.substances().size(), corpus.brokenSlugs(), problems, finished,
                Duration.between(start, options.clock().instant()));
    }

    /** Moves the alias back to the collection before the current one; false when there is none. */
    boolean rollback() throws IOException {
        Optional<String> target = current.target();
        Optional<String> before = collections().stream().filter(c -> target.isPresent() && c.compareTo(target.get()) < 0)
                .max(Comparator.naturalOrder());
        if (before.isEmpty()) {
            return false;
        }
        nodes.send(CollectionAdminRequest.createAlias(options.alias(), before.get()), null);
        return true;
    }

    /** This alias's collections, oldest first (their names end in the time of their reindex). */
    List<String> collections() throws IOException {
        var status = nodes.send(CollectionAdminRequest.getClusterStatus(), null);
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) ((Map<String, Object>) status.getResponse().get("cluster")).get("collections");
        String prefix = options.alias() + "_";
        return all.keySet().stream().filter(name -> name.startsWith(prefix)).sorted().toList();
    }

    /** The article {@code slug} as the collection behind the alias holds it. */
    Optional<IndexedArticle> article(String slug) {
        SolrQuery query = SolrQueries.articles("{!term f=" + SolrDocuments.ID + " v=$slug}");
        query.set("slug", slug);
        query.setFields(Schema.STORED);
        return current.query(query).getResults().stream().findFirst().map(SolrDocuments::article);
    }

    /** Deletes this alias's collections (and their configsets) older than {@code keep}. */
    private void deleteOlderThan(String keep) throws IOException {
        for (String old : collections()) {
            if (old.compareTo(keep) < 0) {
                discard(old);
            }
        }
    }

    private void discard(String collection) {
        try {
            nodes.send(CollectionAdminRequest.deleteCollection(collection), null);
        } catch (IOException | RuntimeException e) {
            // Nothing reads it: a later reindex deletes it with the other old ones.
        }
        try {
            Configset.delete(nodes, collection);
        } catch (IOException | RuntimeException e) {
            // A configset without a collection costs a few kilobytes in ZooKeeper.
        }
    }

    private Map<String, String> hashes() {
        SolrQuery query = SolrQueries.articles("*:*");
        query.setFields(SolrDocuments.ID, Schema.HASH);
        query.setRows(ALL);
        Map<String, String> hashes = new HashMap<>();
        for (SolrDocument doc : current.query(query).getResults()) {
            hashes.put((String) doc.getFirstValue(SolrDocuments.ID), (String) doc.getFirstValue(Schema.HASH));
        }
        return hashes;
    }

    private long count(String collection) throws IOException {
        SolrQuery query = new SolrQuery("*:*");
        query.setRows(0);
        return nodes.send(new QueryRequest(query), collection).getResults().getNumFound();
    }
}
