package org.sleepkb.search.embedded;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.sleepkb.corpus.Topic;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.Schema;
import org.sleepkb.search.CacheStatistics;
import org.sleepkb.search.FacetCount;
import org.sleepkb.search.Hit;
import org.sleepkb.search.QueryTooComplexException;
import org.sleepkb.search.RankedArticle;
import org.sleepkb.search.RelatedBlend;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;
import org.sleepkb.search.Suggestion;
import org.sleepkb.search.TopicCount;
import org.sleepkb.search.crisis.Crisis;
import org.sleepkb.search.crisis.CrisisClassifier;
import org.sleepkb.search.facet.FacetCounter;
import org.sleepkb.search.facet.Facets;
import org.sleepkb.search.query.QueryFactory;
import org.sleepkb.search.query.QueryNames;
import org.sleepkb.search.rank.HybridRetriever;
import org.sleepkb.search.rank.ListOrder;
import org.sleepkb.search.rank.PassageMap;
import org.sleepkb.search.rank.RelevanceCut;
import org.sleepkb.search.related.RelatedArticles;

/**
 * Answers searches over an {@link IndexStore}: ranked hits with snippets, the section that
 * matched and the safety panel, facet counts that stay useful while filtering, and respelling.
 * Given a sentence model, it searches by meaning too and fuses both rankings (see {@link HybridRetriever}).
 */
public final class Searcher {

    private final IndexStore store;
    private final Clock clock;
    private final AtomicReference<ReaderContext> context = new AtomicReference<>();
    private final Retrieval retrieval;
    private final ResultCache results;
    private final Hits hitsOf = new Hits();
    private final CrisisClassifier crises = CrisisClassifier.bundled();

    /** A searcher as {@code options} say: with their sentence model it searches by meaning too, in their mode. */
    public Searcher(IndexStore store, EngineOptions options) {
        this.store = store;
        this.clock = options.clock();
        this.results = new ResultCache(options.cachedResults());
        this.retrieval = new Retrieval(options);
    }

    /** How many answers to distinct searches this searcher keeps until the index changes (0: none). */
    public int cachedResults() {
        return results.capacity();
    }

    /** How often a search was answered from the kept answers. */
    public CacheStatistics cacheStatistics() {
        return results.statistics();
    }

    /** @throws QueryTooComplexException when the query expands to more clauses than Lucene allows */
    public SearchResult search(SearchRequest request) {
        try {
            return searchUnlimited(request);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QueryTooComplexException(e);
        }
    }

    private SearchResult searchUnlimited(SearchRequest request) {
        long start = System.nanoTime();
        return store.withSearcher(shared -> {
            LocalDate today = LocalDate.now(clock);
            SearchResult found = results.get(shared, request, today, () -> answer(shared, request, today));
            return found.answeredIn((System.nanoTime() - start) / 1_000_000.0);
        });
    }

    private SearchResult answer(IndexSearcher shared, SearchRequest request, LocalDate today) throws IOException {
        ReaderContext ctx = contextFor(shared);
        Crisis crisis = crises.classify(request.query()).orElse(null);
        if (ctx.facets == null) {
            // An index without articles: nothing to respell, parse or count.
            return new SearchResult(request.query(), 0, List.of(), Map.of(), null, null, request.page(), request.pageSize(), 0, crisis,
                    List.of(), List.of(), 0);
        }
        Interpretation meant = Interpretation.of(ctx, request.query(), respellable(request.query()), query -> Facets.filtered(query, request));
        QueryNames.Named named = named(ctx, request.query(), meant);
        // The articles that help in a crisis come first, whatever the words match; a filtered search keeps to its filters.
        List<String> first = crisis == null || request.hasFilters() ? List.of() : crisis.kind().articles();
        Page page = page(ctx, meant.searched(), meant.parsed(), request, today, new ListOrder(first, request.query(), named.substances()));
        return new SearchResult(meant.query(), page.total, page.hits, page.facets, meant.suggestion(),
                meant.correctedFrom(), request.page(), request.pageSize(), page.folded, crisis, named.about(), named.combinations(), 0);
    }

    /**
     * Whether {@code typed} may be respelled: not when it reads like a crisis (it is searched as
     * typed: a respelling could turn "quiero morir" into a drug's name), nor when it is written in
     * another language than the corpus's, whose words the spelling dictionary would only turn
     * into English words of another meaning.
     */
    private boolean respellable(String typed) {
        return !typed.isBlank() && crises.classify(typed).isEmpty() && crises.language(typed).equals(crises.corpusLanguage());
    }

    /** What the query names, as typed or as respelt ("ambian" for "ambien"). */
    private static QueryNames.Named named(ReaderContext ctx, String typed, Interpretation meant) {
        return typed.isBlank() ? QueryNames.Named.NONE : ctx.names.in(List.of(typed, meant.searched()));
    }

    private record Page(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, long folded) {
    }

    /**
     * @param parsed {@code text} parsed, null when it is blank
     * @param order  how the ranking is listed ({@link ListOrder})
     */
    private Page page(ReaderContext ctx, String text, QueryFactory.Parsed parsed, SearchRequest request, LocalDate today,
                      ListOrder order) throws IOException {
        int topN = request.page() * request.pageSize();
        if (parsed == null || request.wholeList()) {
            // A list without words, or every match asked for: no end of relevance to find.
            Retrieval.Ranked all = retrieval.ranked(ctx, text, parsed, request, topN, order);
            return page(ctx, parsed, request, all.docs(), all.counted(), all.mayLackWords(), 0, today);
        }
        // The articles that answer the query are found without the filters, which narrow that list
        // but do not change how well an article answers; so a facet's count is what choosing it lists.
        Retrieval.Ranked answering = retrieval.ranked(ctx, text, parsed, SearchRequest.of(request.query()), Math.max(topN, RelevanceCut.MOST), order);
        ScoreDoc[] listed = ListOrder.cut(answering.docs(), answering.fused());
        Query listedQuery = ctx.passageMap().articles(listed);
        // Facets count what is listed.
        FacetCounter.Counted counted = ctx.facets.count(ctx.searcher, listedQuery, request, 0);
        long matches = request.hasFilters() ? retrieval.ranked(ctx, text, parsed, request, request.pageSize(), order).counted().total()
                : answering.counted().total();
        ScoreDoc[] shown = request.hasFilters() ? ListOrder.passing(ctx.searcher, listed, Facets.filtered(listedQuery, request)) : listed;
        return page(ctx, parsed, request, shown, counted, answering.mayLackWords(), Math.max(0, matches - counted.total()), today);
    }

    /** One page of {@code docs}, the articles listed, with the facets of {@code counted}. */
    private Page page(ReaderContext ctx, QueryFactory.Parsed parsed, SearchRequest request, ScoreDoc[] docs,
                      FacetCounter.Counted counted, boolean mayLackWords, long folded, LocalDate today) throws IOException {
        int from = (request.page() - 1) * request.pageSize();
        int to = Math.min(docs.length, from + request.pageSize());
        // Snippets mark the words asked for, not the feedback terms added to rank.
        List<Hit> hits = from < to ? hitsOf.of(ctx.searcher, parsed, Arrays.copyOfRange(docs, from, to), mayLackWords, today) : List.of();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        counted.values().forEach((dimension, values) ->
                facets.put(dimension, Facets.counts(dimension, values, request.selected(dimension), ctx.catalog)));
        return new Page(counted.total(), hits, facets, folded);
    }

    /** Most articles {@link #rank} returns: an evaluation run keeps 1,000 per query. */
    public static final int MAX_RANKED = 1000;

    /**
     * The best {@code limit} articles for {@code query} (at most {@link #MAX_RANKED}), in the order
     * {@link #search} lists them, with respelling applied the same way, but without snippets,
     * facets or stored data: fast enough to rank thousands of queries.
     */
    public List<RankedArticle> rank(String query, int limit) {
        return store.withSearcher(shared -> {
            ReaderContext ctx = contextFor(shared);
            String typed = SearchRequest.of(query).query();
            if (typed.isEmpty()) {
                return List.of();
            }
            Interpretation interpretation = Interpretation.of(ctx, typed, respellable(typed), UnaryOperator.identity());
            String meant = interpretation.searched();
            QueryFactory.Parsed parsed = interpretation.parsed();
            int wanted = Math.max(1, Math.min(limit, MAX_RANKED));
            ScoreDoc[] docs = retrieval.best(ctx, meant, parsed, wanted,
                    new ListOrder(List.of(), typed, named(ctx, typed, interpretation).substances()));
            List<RankedArticle> ranked = new ArrayList<>(docs.length);
            PassageMap slugs = ctx.passageMap();
            for (ScoreDoc doc : docs) {
                ranked.add(new RankedArticle(slugs.slugOf(doc.doc), doc.score));
            }
            return ranked;
        });
    }

    /**
     * Articles like {@code slug}'s, best first, never the article itself; empty for an unknown slug.
     * Where the index holds passage vectors, nearness by meaning counts too ({@link RelatedBlend#DEFAULT}).
     */
    public List<Hit> related(String slug, int limit) {
        return related(slug, limit, RelatedBlend.DEFAULT);
    }

    /** {@link #related(String, int)} with the signals weighed by {@code blend}, to measure one against another. */
    public List<Hit> related(String slug, int limit, RelatedBlend blend) {
        if (slug == null || limit < 1) {
            return List.of();
        }
        return store.withSearcher(shared -> {
            ReaderContext ctx = contextFor(shared);
            LocalDate today = LocalDate.now(clock);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc doc : RelatedArticles.find(ctx.searcher, ctx.passageMap(), slug, limit, blend)) {
                hits.add(hitsOf.of(ctx.searcher, doc, today));
            }
            return hits;
        });
    }

    /** Autocomplete entries for what has been typed so far. */
    public List<Suggestion> suggest(String prefix, int limit) {
        return store.withSearcher(searcher -> contextFor(searcher).suggester().suggest(prefix, limit));
    }

    /** Number of articles under each topic, in the order of topics.yaml. */
    public List<TopicCount> topics() {
        SearchResult all = search(new SearchRequest("", Map.of(), 1, 1));
        Map<String, Long> counts = new LinkedHashMap<>();
        all.facets().getOrDefault(Schema.TOPIC, List.of()).forEach(f -> counts.put(f.value(), f.count()));
        List<TopicCount> topics = new ArrayList<>();
        for (Topic topic : catalogTopics()) {
            topics.add(new TopicCount(topic, counts.getOrDefault(topic.id(), 0L)));
        }
        return topics;
    }

    private List<Topic> catalogTopics() {
        return store.withSearcher(searcher -> contextFor(searcher).catalog.topics());
    }

    public ReaderContext contextFor(IndexSearcher searcher) throws IOException {
        ReaderContext current = context.get();
        if (current != null && current.reader == searcher.getIndexReader()) {
            return current;
        }
        ReaderContext fresh = ReaderContext.of(searcher.getIndexReader());
        context.set(fresh);
        return fresh;
    }
}
