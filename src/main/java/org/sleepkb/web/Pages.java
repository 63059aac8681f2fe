package org.sleepkb.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.sleepkb.search.SearchRequest;

/** The HTML pages, and what crawlers read to find them: one handler per route, the work done by {@link Site} and the templates. */
final class Pages {

    private final Site site;
    private final Views views;
    private final Crawlers crawlers;

    Pages(Site site, Views views) {
        this.site = site;
        this.views = views;
        this.crawlers = new Crawlers(site);
    }

    void register(RoutesConfig routes) {
        routes.get("/", ctx -> html(ctx, "home.jte", site.engine().topics()));
        routes.get("/search", ctx -> html(ctx, "search.jte", site.search(SearchParameters.read(ctx, false))));
        routes.get("/articles/{slug}", ctx -> html(ctx, "article.jte", site.articleView(ctx.pathParam("slug"))));
        routes.get("/topics", ctx -> html(ctx, "topics.jte", site.engine().topics()));
        routes.get("/topics/{id}", this::topic);
        routes.get("/about/safety", ctx -> Views.html(ctx, views.render("about_safety.jte")));
        routes.get("/robots.txt", crawlers::robots);
        routes.get("/sitemap.xml", crawlers::sitemap);
    }

    private void topic(Context ctx) {
        int page = SearchParameters.number(ctx, "page", 1, SearchRequest.MAX_PAGE, 1);
        html(ctx, "topic.jte", site.topicView(ctx.pathParam("id"), page));
    }

    private void html(Context ctx, String template, Object model) {
        Views.html(ctx, views.render(template, model));
    }
}
