package org.sleepkb.search.embedded;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.sleepkb.search.SearchMode;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.facet.FacetCounter;
import org.sleepkb.search.facet.Facets;
import org.sleepkb.search.query.QueryFactory;
import org.sleepkb.search.rank.Fusion;
import org.sleepkb.search.rank.HybridRetriever;
import org.sleepkb.search.rank.ListOrder;
import org.sleepkb.search.rank.Ranker;
import org.sleepkb.search.rank.TopicOrder;
import org.sleepkb.search.rank.Widening;

/**
 * What a search finds, in order, before it becomes pages of hits: what the typed words match (nothing in semantic
 * mode) and, given a sentence model, what is near in meaning; the one pass that counts every match and its facet
 * values; the two stages of ranking ({@link Ranker}); the fusion of both rankings; and the list order after ranking
 * ({@link ListOrder}).
 */
final class Retrieval {

    private final Ranker ranker = new Ranker();
    private final SearchMode mode;
    private final Optional<HybridRetriever> hybrid;

    /** Searching in {@code options}' mode; with their sentence model, by meaning too. */
    Retrieval(EngineOptions options) {
        this.mode = options.embedder().isEmpty() ? SearchMode.LEXICAL : options.mode();
        this.hybrid = this.mode == SearchMode.LEXICAL ? Optional.empty()
                : options.embedder().map(e -> new HybridRetriever(e, this.mode == SearchMode.SEMANTIC ? Fusion.semanticOnly() : Fusion.DEFAULT));
    }

    /**
     * The best {@code topN} matches of a search, fused with the ranking by meaning where there is
     * one, and the count of every match and its facet values.
     *
     * @param fused        true when the scores are those of words and meaning fused
     * @param mayLackWords true when search by meaning, widening by feedback or the articles put first may list articles
     *                     without the typed words
     */
    record Ranked(ScoreDoc[] docs, FacetCounter.Counted counted, boolean fused, boolean mayLackWords) {
    }

    /**
     * @param parsed {@code text} parsed, null when it is blank
     * @param order  how the ranking is listed: the articles put first, whether or not they match, and a safety
     *               question's reviewed articles
     */
    Ranked ranked(ReaderContext ctx, String text, QueryFactory.Parsed parsed, SearchRequest request, int topN, ListOrder order)
            throws IOException {
        IndexSearcher searcher = ctx.searcher;
        Query lexical = parsed == null ? TopicOrder.browsing(request) : lexical(parsed);
        lexical = Widening.withArticles(lexical, order.first().stream().map(BytesRef::new).toList());
        Query restriction = request.hasFilters() ? Facets.filtered(null, request) : null;
        HybridRetriever.SemanticMatches semantic = hybrid.isEmpty() || parsed == null ? null
                : hybrid.get().match(searcher, ctx.passageMap(), text, restriction, 0);
        Query matching = semantic == null ? lexical : semantic.widen(lexical);
        int depth = HybridRetriever.lexicalDepth(semantic, topN);
        // One pass over every match counts them and their facet values and keeps the best for ranking.
        FacetCounter.Counted counted = ctx.facets.count(searcher, matching, request, Ranker.firstStageDepth(parsed, depth));
        Ranker.Ranking ranking = ranker.rescore(searcher, counted.best(), matching, restriction, parsed, depth);
        if (!ranking.widened().isEmpty()) {
            // The articles feedback added are hits too. Feedback widens only searches with few
            // matches (Ranker), so counting again costs little.
            counted = ctx.facets.count(searcher, Widening.withArticles(matching, ranking.widened()), request, 0);
        }
        ScoreDoc[] docs = order.apply(searcher, HybridRetriever.fused(semantic, ranking.docs(), topN), topN);
        // Only search by meaning, widening by feedback and the articles listed first list articles without the typed words.
        return new Ranked(docs, counted, semantic != null, semantic != null || !ranking.widened().isEmpty() || order.putsFirst());
    }

    /**
     * The best {@code wanted} articles for {@code text}, {@code parsed}, as {@code order} lists them, without counting
     * the matches: fast enough to rank thousands of queries.
     */
    ScoreDoc[] best(ReaderContext ctx, String text, QueryFactory.Parsed parsed, int wanted, ListOrder order) throws IOException {
        HybridRetriever.SemanticMatches semantic = hybrid.isEmpty() ? null : hybrid.get().match(ctx.searcher, ctx.passageMap(), text, null, wanted);
        Query lexical = lexical(parsed);
        Query matching = semantic == null ? lexical : semantic.widen(lexical);
        ScoreDoc[] ranked = ranker.rank(ctx.searcher, matching, parsed, HybridRetriever.lexicalDepth(semantic, wanted)).docs();
        return order.apply(ctx.searcher, HybridRetriever.fused(semantic, ranked, wanted), wanted);
    }

    /** The lexical half of a search, what the typed words match; in semantic mode, nothing. */
    private Query lexical(QueryFactory.Parsed parsed) {
        return mode == SearchMode.SEMANTIC ? new MatchNoDocsQuery("semantic mode") : parsed.query();
    }
}
