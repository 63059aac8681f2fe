package org.sleepkb.web.api;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.web.admin.AdminReindex;
import org.sleepkb.web.http.Routes;
import org.sleepkb.web.page.SearchParameters;
import org.sleepkb.web.page.Site;

/** The JSON API under {@code /api}; docs/api.md describes each route. */
public final class Api {

    static final int MAX_RELATED = 20;
    static final int MAX_SUGGESTIONS = 20;

    private final Site site;
    private final SearchEngine engine;
    private final AdminReindex reindex;
    private final SearchAnswerJson searchJson;
    /** The OpenAPI 3.1 description of these routes, written by hand; ApiContractTest holds real answers to it. */
    private final byte[] openApi = resource("/api/openapi.json");

    public Api(Site site, SearchEngine engine, AdminReindex reindex) {
        this.site = site;
        this.engine = engine;
        this.reindex = reindex;
        this.searchJson = new SearchAnswerJson(engine.cachedResults());
    }

    public void register(RoutesConfig routes) {
        Routes.get(routes, "/api/search", ctx -> {
            SearchRequest request = SearchParameters.read(ctx, true);
            searchJson.write(ctx, request, site.search(request));
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
        routes.post(Routes.REINDEX, reindex::handle);
        Routes.get(routes, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    private static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
