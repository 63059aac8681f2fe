package org.sleepkb.web;

import io.javalin.config.RoutesConfig;
import java.util.function.Supplier;
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
    private volatile Supplier<String> watcher = () -> "off";

    Api(Site site, SearchEngine engine, AdminReindex reindex) {
        this.site = site;
        this.engine = engine;
        this.reindex = reindex;
        this.searchJson = new SearchAnswerJson(engine.cachedResults());
    }

    void register(RoutesConfig routes) {
        Routes.get(routes, "/api/search", ctx -> {
            SearchRequest request = SearchParameters.read(ctx, true);
            searchJson.write(ctx, request, engine.search(request));
        });
        Routes.get(routes, "/api/articles/{slug}", ctx -> ctx.json(ArticleResource.of(site.articleView(ctx.pathParam("slug")))));
        Routes.get(routes, "/api/articles/{slug}/related", ctx -> {
            String slug = site.article(ctx.pathParam("slug")).article().slug();
            int limit = SearchParameters.number(ctx, "limit", 1, MAX_RELATED, Site.RELATED);
            ctx.json(engine.related(slug, limit));
        });
        Routes.get(routes, "/api/topics", ctx -> ctx.json(engine.topics()));
        Routes.get(routes, "/api/suggest", ctx -> ctx.json(site.suggestions(SearchParameters.query(ctx, "q"),
                SearchParameters.number(ctx, "limit", 1, MAX_SUGGESTIONS, Site.SUGGESTIONS))));
        Routes.get(routes, "/health", ctx -> ctx.json(health()));
        routes.post(Routes.REINDEX, reindex::handle);
    }

    /** Tells {@code /health} how the corpus watcher is doing, when there is one. */
    void report(Supplier<String> watcherState) {
        this.watcher = watcherState;
    }

    /**
     * What {@code GET /health} answers: the server is up, how much it can find, how the last
     * reindex went (when it finished, how many corpus problems it reported), and, when the last
     * reindex attempt failed and changed nothing, {@code "degraded"} with its cause.
     */
    record Health(String status, long articles, boolean reindexing, String indexedAt, int problems, String lastError,
                  String watch) {
    }

    private Health health() {
        EngineStatus status = engine.status();
        return new Health(status.lastError() == null ? "ok" : "degraded", status.articles(), status.reindexing(),
                status.indexedAt(), status.problems(), status.lastError(), watcher.get());
    }
}
