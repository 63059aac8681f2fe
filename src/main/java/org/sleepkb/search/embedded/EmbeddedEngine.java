package org.sleepkb.search.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.embed.Embedder;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.CorpusSource;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.IndexedArticle;
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

/** The search engine in this process: a {@link Searcher} over an {@link IndexStore} on disk, which it reindexes too. */
public final class EmbeddedEngine implements SearchEngine {

    private final IndexStore store;
    private final Searcher searcher;

    private EmbeddedEngine(IndexStore store, EngineOptions options) {
        this.store = store;
        this.searcher = new Searcher(store, options);
    }

    /** The engine over the index in {@code folder}, created empty when there is none. */
    public static SearchEngine open(Path folder, EngineOptions options) throws IOException {
        return new EmbeddedEngine(IndexStore.open(folder, options.clock(), options.embedder()), options);
    }

    /** The engine over the index in {@code folder}; empty when there is no index there. */
    public static Optional<SearchEngine> openExisting(Path folder, EngineOptions options) throws IOException {
        return IndexStore.openExisting(folder).map(store -> new EmbeddedEngine(store, options));
    }

    /** The engine over an index already open; closing the engine closes it. */
    public static SearchEngine over(IndexStore store, EngineOptions options) {
        return new EmbeddedEngine(store, options);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return searcher.search(request);
    }

    @Override
    public List<RankedArticle> rank(String query, int limit) {
        return searcher.rank(query, limit);
    }

    @Override
    public List<Hit> related(String slug, int limit) {
        return searcher.related(slug, limit);
    }

    @Override
    public List<Hit> related(String slug, int limit, RelatedBlend blend) {
        return searcher.related(slug, limit, blend);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return searcher.suggest(prefix, limit);
    }

    @Override
    public List<TopicCount> topics() {
        return searcher.topics();
    }

    @Override
    public Catalog catalog() {
        return store.catalog();
    }

    @Override
    public Optional<IndexedArticle> article(String slug) {
        return store.article(slug);
    }

    @Override
    public ReindexSummary reindex(Corpus corpus, boolean full) throws IOException {
        return store.reindex(corpus, full);
    }

    @Override
    public ReindexSummary reindex(CorpusSource source, boolean full, boolean allowMassRemoval) throws IOException {
        return store.reindex(source, full, allowMassRemoval);
    }

    @Override
    public Optional<ReindexSummary> tryReindex(CorpusSource source, boolean full, boolean allowMassRemoval)
            throws IOException {
        return store.tryReindex(source, full, allowMassRemoval);
    }

    @Override
    public boolean lacksVectors() {
        return store.lacksVectors();
    }

    @Override
    public ReindexSummary reindexWordsOnly(Corpus corpus) throws IOException {
        return store.reindexWordsOnly(corpus);
    }

    @Override
    public EngineStatus status() {
        Map<String, String> commit = store.commitData();
        return new EngineStatus(searcher.search(SearchRequest.of("", 1)).total(), store.isReindexing(),
                commit.get(Schema.COMMIT_TIME), Integer.parseInt(commit.getOrDefault(Schema.COMMIT_PROBLEMS, "0")),
                store.lastFailure().orElse(null));
    }

    @Override
    public int cachedResults() {
        return searcher.cachedResults();
    }

    @Override
    public CacheStatistics cacheStatistics() {
        return searcher.cacheStatistics();
    }

    @Override
    public Optional<ReindexSummary> lastReindex() {
        return store.lastReindex();
    }

    @Override
    public boolean searchesByMeaning() {
        return store.searchesByMeaning();
    }

    @Override
    public int embeddingQueue() {
        return store.embedder().map(Embedder::waiting).orElse(0);
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
