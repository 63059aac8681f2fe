package org.sleepkb.search.solr;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.sleepkb.corpus.Corpus;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.CorpusSource;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.index.MassRemovalException;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.index.Schema;
import org.sleepkb.search.CacheStatistics;
import org.sleepkb.search.EngineStatus;
import org.sleepkb.search.Hit;
import org.sleepkb.search.RankedArticle;
import org.sleepkb.search.RelatedBlend;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;
import org.sleepkb.search.Suggestion;
import org.sleepkb.search.TopicCount;
import org.sleepkb.search.crisis.Crisis;
import org.sleepkb.search.crisis.CrisisClassifier;
import org.sleepkb.search.query.QueryNames;

/**
 * The engine over a SolrCloud collection alias. Searches are edismax over the fields of the embedded engine with its
 * weights ({@link SolrQueries}), answers read as the embedded engine's ({@link SolrHits}); a reindex builds a new
 * collection and moves the alias to it in one step ({@link SolrReindex}).
 */
public final class SolrEngine implements SearchEngine {

    private final SolrNodes nodes;
    private final SolrOptions options;
    private final CurrentCollection current;
    private final SolrReindex reindex;
    private final SolrSuggestions suggestions;
    private final CrisisClassifier crises = CrisisClassifier.bundled();
    private final ReentrantLock reindexing = new ReentrantLock();
    private final AtomicLong searches = new AtomicLong();
    private volatile Optional<ReindexSummary> lastReindex = Optional.empty();
    private volatile String lastError;

    private SolrEngine(SolrOptions options) {
        this.options = options;
        this.nodes = new SolrNodes(options.urls());
        this.current = new CurrentCollection(nodes, options.alias());
        this.reindex = new SolrReindex(nodes, options, current);
        this.suggestions = new SolrSuggestions(current);
    }

    public static SearchEngine open(SolrOptions options) {
        return new SolrEngine(options);
    }

    /** The engine with what only it can do: {@link #rollback()}, the alias's collections. */
    public static SolrEngine connect(SolrOptions options) {
        return new SolrEngine(options);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        Crisis crisis = crises.classify(request.query()).orElse(null);
        SolrQuery query = SolrQueries.words(request.query());
        query.setStart((request.page() - 1) * request.pageSize());
        query.setRows(request.pageSize());
        query.setFields(SolrDocuments.ID, Schema.STORED, "score");
        SolrQueries.filterAndCount(query, request);
        SolrQueries.snippets(query);
        if (crisis != null && !request.hasFilters()) {
            // The articles that help in a crisis come first, whatever the words match, as in the embedded engine.
            query.set("elevateIds", String.join(",", crisis.kind().articles()));
            query.set("forceElevation", true);
        }
        QueryResponse response = current.query(query);
        List<Hit> hits = SolrHits.of(response, LocalDate.now(options.clock()));
        Catalog catalog = catalog();
        // What the query names is read from the catalog with the embedded engine's own code; it needs no index.
        QueryNames.Named named = request.query().isBlank() ? QueryNames.Named.NONE
                : new QueryNames(catalog).in(List.of(request.query()));
        searches.incrementAndGet();
        // No relevance cut on Solr yet: every match is listed, none folded (docs/scale-out.md).
        return new SearchResult(request.query(), response.getResults().getNumFound(), hits,
                SolrHits.facets(response, request, catalog), null, null, request.page(), request.pageSize(), 0L, crisis,
                named.about(), named.combinations(), (System.nanoTime() - start) / 1_000_000.0);
    }

    @Override
    public List<RankedArticle> rank(String text, int limit) {
        SolrQuery query = SolrQueries.words(text);
        query.setRows(limit);
        query.setFields(SolrDocuments.ID, "score");
        List<RankedArticle> ranked = new ArrayList<>();
        for (SolrDocument doc : current.query(query).getResults()) {
            Object score = doc.getFirstValue("score");
            ranked.add(new RankedArticle((String) doc.getFirstValue(SolrDocuments.ID), score instanceof Number n ? n.floatValue() : 0f));
        }
        return ranked;
    }

    /** Solr's MoreLikeThis over title and body: shared words only (no topic, substance or meaning signals). */
    @Override
    public List<Hit> related(String slug, int limit) {
        if (article(slug).isEmpty()) {
            return List.of();
        }
        SolrQuery query = SolrQueries.articles("{!mlt qf=" + Schema.TITLE + "," + Schema.BODY + " mintf=1 mindf=1}" + slug);
        query.addFilterQuery("-{!term f=" + SolrDocuments.ID + "}" + slug);
        query.setRows(limit);
        query.setFields(SolrDocuments.ID, Schema.STORED, "score");
        LocalDate today = LocalDate.now(options.clock());
        return current.query(query).getResults().stream()
                .map(doc -> SolrHits.hit(doc, SolrHits.escape(SolrDocuments.article(doc).article().summary()), today)).toList();
    }

    /** The blend weighs signals this engine does not have; MoreLikeThis answers whatever the blend. */
    @Override
    public List<Hit> related(String slug, int limit, RelatedBlend blend) {
        return related(slug, limit);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return suggestions.suggest(prefix, limit, catalog());
    }

    @Override
    public List<TopicCount> topics() {
        SolrQuery query = SolrQueries.articles("*:*");
        query.setRows(0);
        query.addFacetField(Schema.TOPIC);
        query.setFacetLimit(-1);
        FacetField field = current.query(query).getFacetField(Schema.TOPIC);
        Map<String, Long> counts = new HashMap<>();
        if (field != null && field.getValues() != null) {
            field.getValues().forEach(c -> counts.put(c.getName(), c.getCount()));
        }
        return catalog().topics().stream().map(t -> new TopicCount(t, counts.getOrDefault(t.id(), 0L))).toList();
    }

    @Override
    public Catalog catalog() {
        return current.meta().catalog();
    }

    @Override
    public Optional<IndexedArticle> article(String slug) {
        return current.target().isEmpty() ? Optional.empty() : reindex.article(slug);
    }

    @Override
    public ReindexSummary reindex(Corpus corpus, boolean full) throws IOException {
        reindexing.lock();
        try {
            return rebuild(corpus, full, false);
        } finally {
            reindexing.unlock();
        }
    }

    @Override
    public ReindexSummary reindex(CorpusSource source, boolean full, boolean allowMassRemoval) throws IOException {
        reindexing.lock();
        try {
            return rebuild(source.read(), full, allowMassRemoval);
        } finally {
            reindexing.unlock();
        }
    }

    @Override
    public Optional<ReindexSummary> tryReindex(CorpusSource source, boolean full, boolean allowMassRemoval) throws IOException {
        if (!reindexing.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(rebuild(source.read(), full, allowMassRemoval));
        } finally {
            reindexing.unlock();
        }
    }

    private ReindexSummary rebuild(Corpus corpus, boolean full, boolean allowMassRemoval) throws IOException {
        // The reindex reads the alias as it is now, and searches after it read the alias it leaves.
        current.forget();
        try {
            ReindexSummary summary = reindex.build(corpus, full, allowMassRemoval);
            lastReindex = Optional.of(summary);
            lastError = null;
            return summary;
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof MassRemovalException)) {
                lastError = e.getMessage();
            }
            throw e;
        } finally {
            current.forget();
        }
    }

    /** Moves the alias back to the collection before the current one; false when there is none. */
    public boolean rollback() throws IOException {
        reindexing.lock();
        try {
            current.forget();
            return reindex.rollback();
        } finally {
            current.forget();
            reindexing.unlock();
        }
    }

    /** The collection the alias names now, if any, read from the cluster. */
    public Optional<String> aliasTarget() {
        return current.fresh();
    }

    /** Requests this engine has sent to Solr since it opened (a search by words costs one). */
    public long requestsSent() {
        return nodes.sent();
    }

    /** This alias's collections, oldest first (their names end in the time of their reindex). */
    public List<String> collections() throws IOException {
        return reindex.collections();
    }

    /** The Solr engine searches by words: passage vectors are not indexed in Solr yet (docs/scale-out.md). */
    @Override
    public boolean lacksVectors() {
        return false;
    }

    @Override
    public ReindexSummary reindexWordsOnly(Corpus corpus) throws IOException {
        return reindex(corpus, true);
    }

    @Override
    public EngineStatus status() {
        if (current.target().isEmpty()) {
            return new EngineStatus(0, reindexing.isLocked(), null, 0, lastError);
        }
        SolrIndexMeta meta = current.meta();
        long articles = search(SearchRequest.of("", 1)).total();
        return new EngineStatus(articles, reindexing.isLocked(), meta.indexedAt(), meta.problems(), lastError);
    }

    /** Solr keeps its own caches (docs/scale-out.md); the engine keeps no answers. */
    @Override
    public int cachedResults() {
        return 0;
    }

    /** No answer is kept here, so every search is a miss. */
    @Override
    public CacheStatistics cacheStatistics() {
        return new CacheStatistics(0, searches.get());
    }

    @Override
    public Optional<ReindexSummary> lastReindex() {
        return lastReindex;
    }

    /** Searches are by words only: no passage vectors are indexed in Solr (docs/scale-out.md). */
    @Override
    public boolean searchesByMeaning() {
        return false;
    }

    @Override
    public int embeddingQueue() {
        return 0;
    }

    @Override
    public void close() throws IOException {
        nodes.close();
    }
}
