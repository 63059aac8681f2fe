package org.sleepkb.web.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.web.http.Routes;
import org.sleepkb.web.http.Views;

/** The HTML pages, and what crawlers read to find them: one handler per route, the work done by {@link Site} and the templates. */
public final class Pages {

    private final Site site;
    private final Views views;
    private final Crawlers crawlers;

    public Pages(Site site, Views views) {
        this.site = site;
        this.views = views;
        this.crawlers = new Crawlers(site);
    }

    public void register(RoutesConfig routes) {
        Routes.get(routes, "/", ctx -> html(ctx, "home.jte", site.engine().topics()));
        Routes.get(routes, "/search", ctx -> html(ctx, "search.jte", site.searchView(SearchParameters.read(ctx, false))));
        Routes.get(routes, "/articles/{slug}", ctx -> html(ctx, "article.jte", site.articleView(ctx.pathParam("slug"))));
        Routes.get(routes, "/topics", ctx -> html(ctx, "topics.jte", site.engine().topics()));
        Routes.get(routes, "/topics/{id}", this::topic);
        Routes.get(routes, "/about/safety", ctx -> Views.html(ctx, views.render("about_safety.jte")));
        Routes.get(routes, "/robots.txt", crawlers::robots);
        Routes.get(routes, "/sitemap.xml", crawlers::sitemap);
    }

    private void topic(Context ctx) {
        int page = SearchParameters.number(ctx, "page", 1, SearchRequest.MAX_PAGE, 1);
        html(ctx, "topic.jte", site.topicView(ctx.pathParam("id"), page));
    }

    private void html(Context ctx, String template, Object model) {
        Views.html(ctx, views.render(template, model));
    }
}
