package org.sleepkb.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.CorpusSource;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.index.ReindexSummary;

/**
 * Everything web, cli and eval need from searching, whichever engine answers: the embedded Lucene engine
 * ({@code search.embedded.EmbeddedEngine}) or one running elsewhere. Closing it releases the index it holds.
 */
public interface SearchEngine extends Closeable {

    /**
     * Ranked hits with snippets and safety, facet counts under the request's filters, and respelling.
     *
     * @throws QueryTooComplexException when the query expands to more clauses than the engine allows
     */
    SearchResult search(SearchRequest request);

    /**
     * The best {@code limit} articles for {@code query}, in the order {@link #search} lists them, without snippets,
     * facets or stored data: fast enough to rank thousands of queries (eval).
     */
    List<RankedArticle> rank(String query, int limit);

    /** Articles like {@code slug}'s, best first, never the article itself; empty for an unknown slug. */
    List<Hit> related(String slug, int limit);

    /** {@link #related(String, int)} with the signals weighed by {@code blend}, to measure one against another. */
    List<Hit> related(String slug, int limit, RelatedBlend blend);

    /** Autocomplete entries for what has been typed so far. */
    List<Suggestion> suggest(String prefix, int limit);

    /** Number of articles under each topic, in the order of topics.yaml. */
    List<TopicCount> topics();

    /** Topics and substance names of the indexed corpus. */
    Catalog catalog();

    /** One article with its safety data, as indexed. */
    Optional<IndexedArticle> article(String slug);

    /** Indexes {@code corpus}: only what changed, or everything when {@code full}; waits for a reindex under way. */
    ReindexSummary reindex(Corpus corpus, boolean full) throws IOException;

    /**
     * Indexes the corpus {@code source} reads once the reindex may start; refuses to remove more than half of
     * the indexed articles unless {@code allowMassRemoval} ({@link org.sleepkb.index.MassRemovalException}).
     */
    ReindexSummary reindex(CorpusSource source, boolean full, boolean allowMassRemoval) throws IOException;

    /** That reindex, or empty at once, before reading the corpus, when another reindex is under way. */
    Optional<ReindexSummary> tryReindex(CorpusSource source, boolean full, boolean allowMassRemoval) throws IOException;

    /** Whether the engine searches by meaning but the index holds no vectors of its sentence model yet. */
    boolean lacksVectors();

    /** Indexes {@code corpus} by words only, to serve at once; a later {@link #reindex} adds the vectors. */
    ReindexSummary reindexWordsOnly(Corpus corpus) throws IOException;

    /** How the engine is: how much it can find and how the last reindex went. */
    EngineStatus status();

    /** How many answers to distinct searches the engine keeps until the index changes (0: none). */
    int cachedResults();

    /** How often a search was answered from the kept answers, since the engine opened. */
    CacheStatistics cacheStatistics();

    /** The last reindex this engine committed since it opened (its problems, the articles kept at their last good version); empty before the first. */
    Optional<ReindexSummary> lastReindex();

    /** Whether searches use the sentence model's vectors now: the model is loaded and the index holds its vectors. */
    boolean searchesByMeaning();

    /** Texts waiting for the sentence model (queries, passages of a background reindex); 0 without a model. */
    int embeddingQueue();
}
