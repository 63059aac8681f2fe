package org.sleepkb.web;

import io.javalin.config.RoutesConfig;
import org.sleepkb.search.EngineStatus;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.SearchRequest;

/** The JSON API under {@code /api} and {@code /health}; docs/api.md describes each route. */
final class Api {

    static final int MAX_RELATED = 20;
    static final int MAX_SUGGESTIONS = 20;

    private final Site site;
    private final SearchEngine engine;
    private final AdminReindex reindex;
    private final SearchAnswerJson searchJson;

    Api(Site site, SearchEngine engine, AdminReindex reindex) {
        this.site = site;
        this.engine = engine;
        this.reindex = reindex;
        this.searchJson = new SearchAnswerJson(engine.cachedResults());
    }

    void register(RoutesConfig routes) {
        routes.get("/api/search", ctx -> {
            SearchRequest request = SearchParameters.read(ctx, true);
            searchJson.write(ctx, request, engine.search(request));
        });
        routes.get("/api/articles/{slug}", ctx -> ctx.json(ArticleResource.of(site.articleView(ctx.pathParam("slug")))));
        routes.get("/api/articles/{slug}/related", ctx -> {
            String slug = site.article(ctx.pathParam("slug")).article().slug();
            int limit = SearchParameters.number(ctx, "limit", 1, MAX_RELATED, Site.RELATED);
            ctx.json(engine.related(slug, limit));
        });
        routes.get("/api/topics", ctx -> ctx.json(engine.topics()));
        routes.get("/api/suggest", ctx -> ctx.json(site.suggestions(SearchParameters.query(ctx, "q"),
                SearchParameters.number(ctx, "limit", 1, MAX_SUGGESTIONS, Site.SUGGESTIONS))));
        routes.get("/health", ctx -> ctx.json(health()));
        routes.post("/api/reindex", reindex::handle);
    }

    /**
     * What {@code GET /health} answers: the server is up, how much it can find, and how the last
     * reindex went (when it finished, how many corpus problems it reported).
     */
    record Health(String status, long articles, boolean reindexing, String indexedAt, int problems) {
    }

    private Health health() {
        EngineStatus status = engine.status();
        return new Health("ok", status.articles(), status.reindexing(), status.indexedAt(), status.problems());
    }
}
