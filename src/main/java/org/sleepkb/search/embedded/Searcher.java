package org.sleepkb.search.embedded;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.sleepkb.corpus.Topic;
import org.sleepkb.index.ArticleDocument;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.index.Schema;
import org.sleepkb.search.CacheStatistics;
import org.sleepkb.search.FacetCount;
import org.sleepkb.search.Hit;
import org.sleepkb.search.QueryTooComplexException;
import org.sleepkb.search.RankedArticle;
import org.sleepkb.search.RelatedBlend;
import org.sleepkb.search.SearchMode;
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
import org.sleepkb.search.rank.FirstArticles;
import org.sleepkb.search.rank.Fusion;
import org.sleepkb.search.rank.HybridRetriever;
import org.sleepkb.search.rank.SafetyQuestion;
import org.sleepkb.search.rank.PassageMap;
import org.sleepkb.search.rank.Ranker;
import org.sleepkb.search.rank.RelevanceCut;
import org.sleepkb.search.rank.TopicOrder;
import org.sleepkb.search.rank.Widening;
import org.sleepkb.search.related.RelatedArticles;

/**
 * Answers searches over an {@link IndexStore}: ranked hits with snippets, the section that
 * matched and the safety panel, facet counts that stay useful while filtering, and respelling.
 * Given a sentence model, it searches by meaning too and fuses both rankings (see {@link HybridRetriever}).
 */
public final class Searcher {

    private final IndexStore store;
    private final Clock clock;
    private final Ranker ranker = new Ranker();
    private final AtomicReference<ReaderContext> context = new AtomicReference<>();
    private final Optional<HybridRetriever> hybrid;
    private final SearchMode mode;
    private final ResultCache results;
    private final Hits hitsOf = new Hits();
    private final CrisisClassifier crises = CrisisClassifier.bundled();

    /** A searcher as {@code options} say: with their sentence model it searches by meaning too, in their mode. */
    public Searcher(IndexStore store, EngineOptions options) {
        this.store = store;
        this.clock = options.clock();
        this.results = new ResultCache(options.cachedResults());
        this.mode = options.embedder().isEmpty() ? SearchMode.LEXICAL : options.mode();
        this.hybrid = this.mode == SearchMode.LEXICAL ? Optional.empty()
                : options.embedder().map(e -> new HybridRetriever(e, this.mode == SearchMode.SEMANTIC ? Fusion.semanticOnly() : Fusion.DEFAULT));
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
        Interpretation meant = Interpretation.of(ctx, request.query(), respellable(request.query()), query -> filtered(query, request));
        QueryNames.Named named = named(ctx, request.query(), meant);
        // The articles that help in a crisis come first, whatever the words match; a filtered search keeps to its filters.
        List<String> first = crisis == null || request.hasFilters() ? List.of() : crisis.kind().articles();
        Page page = page(ctx, meant.searched(), meant.parsed(), request, today, first, named);
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

    /**
     * {@code ranked} as listed: for a question about the safety of substances the query names, the
     * reviewed articles about them before any claims text ({@link SafetyQuestion}).
     */
    private static ScoreDoc[] listed(IndexSearcher searcher, String typed, QueryNames.Named named, ScoreDoc[] ranked)
            throws IOException {
        return SafetyQuestion.asks(typed) ? SafetyQuestion.reviewedFirst(searcher, ranked, named.substances()) : ranked;
    }

    /** The lexical half of a search, what the typed words match; in semantic mode, nothing. */
    private Query lexical(QueryFactory.Parsed parsed) {
        return mode == SearchMode.SEMANTIC ? new MatchNoDocsQuery("semantic mode") : parsed.query();
    }

    /**
     * The best {@code depth} articles (at most) of {@code matching}, ranked by words with the
     * bonuses of {@code parsed} ({@link Ranker}); with a sentence model, fused with the ranking by
     * meaning, deep enough that every semantic match takes part.
     */
    private ScoreDoc[] ranked(IndexSearcher searcher, Query matching, QueryFactory.Parsed parsed,
                              HybridRetriever.SemanticMatches semantic, int depth) throws IOException {
        return fused(semantic, ranker.rank(searcher, matching, parsed, lexicalDepth(semantic, depth)).docs(), depth);
    }

    /** How deep the words' ranking goes for the best {@code depth}: deeper with meaning, so that every semantic match takes part. */
    private static int lexicalDepth(HybridRetriever.SemanticMatches semantic, int depth) {
        return semantic == null ? depth : Math.max(depth, FUSION_DEPTH) + semantic.extraDepth();
    }

    /** The best {@code depth} of the words' ranking {@code lexical}, fused with the ranking by meaning where there is one. */
    private static ScoreDoc[] fused(HybridRetriever.SemanticMatches semantic, ScoreDoc[] lexical, int depth) throws IOException {
        ScoreDoc[] docs = semantic == null ? lexical : semantic.fuse(lexical);
        return docs.length > depth ? Arrays.copyOf(docs, depth) : docs;
    }

    /** {@code query} (every document when null) under the request's facet filters. */
    private static DrillDownQuery filtered(Query query, SearchRequest request) {
        DrillDownQuery drill = new DrillDownQuery(Schema.facetsConfig(), query);
        for (String dimension : Facets.DIMENSIONS) {
            for (String value : request.selected(dimension)) {
                drill.add(dimension, value);
            }
        }
        return drill;
    }

    private record Page(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, long folded) {
    }

    /**
     * @param parsed {@code text} parsed, null when it is blank
     * @param first  slugs of articles listed first, in this order, whether or not they match
     * @param named  what the query names, whose reviewed articles a safety question lists first
     */
    private Page page(ReaderContext ctx, String text, QueryFactory.Parsed parsed, SearchRequest request, LocalDate today,
                      List<String> first, QueryNames.Named named) throws IOException {
        int topN = request.page() * request.pageSize();
        if (parsed == null || request.wholeList()) {
            // A list without words, or every match asked for: no end of relevance to find.
            Ranked all = ranked(ctx, text, parsed, request, topN, first, named);
            return page(ctx, parsed, request, all.docs(), all.counted(), all.mayLackWords(), 0, today);
        }
        // The articles that answer the query are found without the filters, which narrow that list
        // but do not change how well an article answers; so a facet's count is what choosing it lists.
        Ranked answering = ranked(ctx, text, parsed, SearchRequest.of(request.query()), Math.max(topN, RelevanceCut.MOST), first, named);
        ScoreDoc[] listed = Arrays.copyOf(answering.docs(), RelevanceCut.listed(answering.docs(), answering.fused()));
        Query listedQuery = articles(ctx, listed);
        // Facets count what is listed.
        FacetCounter.Counted counted = ctx.facets.count(ctx.searcher, listedQuery, request, 0);
        long matches = request.hasFilters() ? ranked(ctx, text, parsed, request, request.pageSize(), first, named).counted().total()
                : answering.counted().total();
        ScoreDoc[] shown = request.hasFilters() ? passing(ctx.searcher, listed, filtered(listedQuery, request)) : listed;
        return page(ctx, parsed, request, shown, counted, answering.mayLackWords(), Math.max(0, matches - counted.total()), today);
    }

    /**
     * The best {@code topN} matches of a search, fused with the ranking by meaning where there is
     * one, and the count of every match and its facet values.
     *
     * @param fused        true when the scores are those of words and meaning fused
     * @param mayLackWords true when search by meaning, widening by feedback or the articles put first may list articles
     *                     without the typed words
     */
    private record Ranked(ScoreDoc[] docs, FacetCounter.Counted counted, boolean fused, boolean mayLackWords) {
    }

    /**
     * @param first slugs of articles listed first, in this order, whether or not they match
     * @param named what the query names, whose reviewed articles a safety question lists first
     */
    private Ranked ranked(ReaderContext ctx, String text, QueryFactory.Parsed parsed, SearchRequest request, int topN,
                          List<String> first, QueryNames.Named named) throws IOException {
        IndexSearcher searcher = ctx.searcher;
        Query lexical = parsed == null ? TopicOrder.browsing(request) : lexical(parsed);
        lexical = Widening.withArticles(lexical, first.stream().map(BytesRef::new).toList());
        Query restriction = request.hasFilters() ? filtered(null, request) : null;
        HybridRetriever.SemanticMatches semantic = hybrid.isEmpty() || parsed == null ? null
                : hybrid.get().match(searcher, ctx.passageMap(), text, restriction, 0);
        Query matching = semantic == null ? lexical : semantic.widen(lexical);
        int depth = lexicalDepth(semantic, topN);
        // One pass over every match counts them and their facet values and keeps the best for ranking.
        FacetCounter.Counted counted = ctx.facets.count(searcher, matching, request, Ranker.firstStageDepth(parsed, depth));
        Ranker.Ranking ranking = ranker.rescore(searcher, counted.best(), matching, restriction, parsed, depth);
        if (!ranking.widened().isEmpty()) {
            // The articles feedback added are hits too. Feedback widens only searches with few
            // matches (Ranker), so counting again costs little.
            counted = ctx.facets.count(searcher, Widening.withArticles(matching, ranking.widened()), request, 0);
        }
        ScoreDoc[] docs = FirstArticles.before(searcher, first, listed(searcher, request.query(), named,
                fused(semantic, ranking.docs(), topN)), topN);
        // Only search by meaning, widening by feedback and the articles listed first list articles without the typed words.
        return new Ranked(docs, counted, semantic != null, semantic != null || !ranking.widened().isEmpty() || !first.isEmpty());
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

    /** Exactly the articles {@code docs}. */
    private static Query articles(ReaderContext ctx, ScoreDoc[] docs) throws IOException {
        List<BytesRef> slugs = new ArrayList<>(docs.length);
        for (ScoreDoc doc : docs) {
            slugs.add(new BytesRef(ctx.passageMap().slugOf(doc.doc)));
        }
        return new TermInSetQuery(Schema.SLUG, slugs);
    }

    /** Those of {@code docs} that {@code filter} matches, in their order. */
    private static ScoreDoc[] passing(IndexSearcher searcher, ScoreDoc[] docs, Query filter) throws IOException {
        Set<Integer> passing = new HashSet<>();
        for (ScoreDoc doc : searcher.search(filter, Math.max(1, docs.length)).scoreDocs) {
            passing.add(doc.doc);
        }
        return Arrays.stream(docs).filter(doc -> passing.contains(doc.doc)).toArray(ScoreDoc[]::new);
    }

    /** Lexical hits that take part in the fusion: a page's hits may come from deeper in the BM25 ranking. */
    private static final int FUSION_DEPTH = 100;

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
            HybridRetriever.SemanticMatches semantic = hybrid.isEmpty() ? null : hybrid.get().match(ctx.searcher, ctx.passageMap(), meant, null, wanted);
            Query lexical = lexical(parsed);
            ScoreDoc[] docs = listed(ctx.searcher, typed, named(ctx, typed, interpretation),
                    ranked(ctx.searcher, semantic == null ? lexical : semantic.widen(lexical), parsed, semantic, wanted));
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
            IndexSearcher searcher = ctx.searcher;
            TopDocs self = searcher.search(new TermQuery(new Term(Schema.SLUG, slug)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            int docId = self.scoreDocs[0].doc;
            IndexedArticle article = ArticleDocument.fromStored(searcher.storedFields().document(docId));
            LocalDate today = LocalDate.now(clock);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc doc : RelatedArticles.find(searcher, ctx.passageMap(), docId, article, limit, blend)) {
                hits.add(hitsOf.of(searcher, doc, today));
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
