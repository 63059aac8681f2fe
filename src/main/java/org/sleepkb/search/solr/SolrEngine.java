package org.sleepkb.search.solr;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.sleepkb.corpus.read.Corpus;
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
import org.sleepkb.embed.Embedder;
import org.sleepkb.embed.Passages;
import org.sleepkb.search.query.QueryNames;
import org.sleepkb.search.rank.Fusion;
import org.sleepkb.search.rank.SafetyQuestion;

/**
 * The engine over a SolrCloud collection alias. Searches are edismax over the fields of the embedded engine with its
 * weights ({@link SolrQueries}), answers read as the embedded engine's ({@link SolrHits}); a reindex builds a new
 * collection and moves the alias to it in one step ({@link SolrReindex}).
 */
public final class SolrEngine implements SearchEngine {

    private final SolrNodes nodes;
    private final SolrOptions options;
    private final CurrentCollection current;
    private final Optional<Embedder> embedder;
    private final SolrReindex reindex;
    private final SolrRanking ranking;
    private final SolrSearch search;
    private final SolrSuggestions suggestions;
    private final ReentrantLock reindexing = new ReentrantLock();
    private final AtomicLong searches = new AtomicLong();
    private volatile Optional<ReindexSummary> lastReindex = Optional.empty();
    private volatile String lastError;

    private SolrEngine(SolrOptions options, Optional<Embedder> embedder) {
        this.options = options;
        this.nodes = new SolrNodes(options.urls());
        this.current = new CurrentCollection(nodes, options.alias());
        this.embedder = embedder;
        this.reindex = new SolrReindex(nodes, options, current, embedder);
        this.ranking = new SolrRanking(current, embedder.map(model -> new SolrMeaning(model, Fusion.DEFAULT, current)));
        this.search = new SolrSearch(current, ranking, options);
        this.suggestions = new SolrSuggestions(nodes, options.alias());
    }

    /** The engine searching by words only; its reindexes index no passage vectors. */
    public static SearchEngine open(SolrOptions options) {
        return new SolrEngine(options, Optional.empty());
    }

    /**
     * The engine with the sentence model, when there is one: its reindexes give every passage a vector, and its
     * searches fuse the words' ranking with the ranking by meaning ({@code {!knn}}), as the embedded engine's do.
     */
    public static SolrEngine open(SolrOptions options, Optional<Embedder> embedder) {
        return new SolrEngine(options, embedder);
    }

    /** The engine with what only it can do: {@link #rollback()}, the alias's collections. */
    public static SolrEngine connect(SolrOptions options) {
        return new SolrEngine(options, Optional.empty());
    }

    @Override
    public SearchResult search(SearchRequest request) {
        searches.incrementAndGet();
        return search.search(request);
    }

    /** The best {@code limit} articles for {@code text}, fused and reordered as {@link #search} lists them, without the cut. */
    @Override
    public List<RankedArticle> rank(String text, int limit) {
        String typed = SearchRequest.of(text).query();
        if (typed.isEmpty()) {
            return List.of();
        }
        SolrRanking.Ranked ranked = ranking.rank(typed, Math.max(1, limit), false);
        if (SafetyQuestion.asks(typed)) {
            ranked = ranking.reviewedFirst(ranked, new QueryNames(catalog()).in(List.of(typed)).substances());
        }
        return ranked.docs().stream().map(doc -> new RankedArticle(doc.key(), doc.score())).toList();
    }

    /**
     * Solr's MoreLikeThis over title and body, raised by the topics and substances an article shares
     * with this one, as the embedded blend weighs them (up to 0.6 for topics, 0.4 for substances,
     * here as a factor on the words' score); no nearness by meaning.
     */
    @Override
    public List<Hit> related(String slug, int limit) {
        Optional<IndexedArticle> article = article(slug);
        if (article.isEmpty()) {
            return List.of();
        }
        SolrQuery query = SolrQueries.articles("{!boost b=$shared v=$alike}");
        query.set("alike", "{!mlt qf=" + Schema.TITLE + "," + Schema.BODY + " mintf=1 mindf=1}" + slug);
        query.set("shared", "sum(1," + SolrQueries.sharedShare(Schema.TOPIC, article.get().article().topics(), 0.6) + ","
                + SolrQueries.sharedShare(Schema.SUBSTANCE, article.get().article().substances(), 0.4) + ")");
        query.addFilterQuery("-{!term f=" + SolrDocuments.ID + "}" + slug);
        query.setRows(limit);
        query.setFields(SolrDocuments.ID, Schema.STORED, "score");
        query.setSort("score", SolrQuery.ORDER.desc);
        query.addSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
        LocalDate today = LocalDate.now(options.clock());
        return current.query(query).getResults().stream()
                .map(doc -> SolrHits.hit(doc, null, today, ((Number) doc.getFirstValue("score")).floatValue())).toList();
    }

    /** The blend weighs signals this engine does not have; MoreLikeThis answers whatever the blend. */
    @Override
    public List<Hit> related(String slug, int limit, RelatedBlend blend) {
        return related(slug, limit);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return suggestions.suggest(prefix, limit);
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

    /** Whether the engine has a sentence model but the collection holds no vectors of it (a reindex adds them). */
    @Override
    public boolean lacksVectors() {
        return embedder.isPresent() && !embedder.map(Passages::embeddings).orElseThrow().equals(current.meta().embeddings());
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

    /** Whether searches use the sentence model's vectors now: the engine has the model and the collection its vectors. */
    @Override
    public boolean searchesByMeaning() {
        return embedder.isPresent() && !lacksVectors();
    }

    @Override
    public int embeddingQueue() {
        return embedder.map(Embedder::waiting).orElse(0);
    }

    @Override
    public void close() throws IOException {
        nodes.close();
    }
}
