package org.sleepkb.web.page;

import io.javalin.http.Context;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sleepkb.search.Hit;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;
import org.sleepkb.search.TopicCount;

/**
 * What search engines read so that a public deployment can be found: {@code /robots.txt} (search
 * result pages and the API are not for crawling) and {@code /sitemap.xml} (the home page, the
 * topics, every article). Sitemap addresses must be absolute; they take the scheme and host the
 * request came in with, so a proxy in front must pass the public Host on.
 */
final class Crawlers {

    private final Site site;

    Crawlers(Site site) {
        this.site = site;
    }

    void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result(String.join("\n",
                "User-agent: *",
                "Disallow: " + SearchLinks.SEARCH_PATH,
                "Disallow: /api/",
                "Sitemap: " + origin(ctx) + "/sitemap.xml",
                ""));
    }

    void sitemap(Context ctx) {
        String origin = origin(ctx);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths()) {
            xml.append("<url><loc>").append(escape(origin + path)).append("</loc></url>\n");
        }
        ctx.contentType("application/xml; charset=utf-8").result(xml.append("</urlset>\n").toString());
    }

    /** The pages worth listing: home, topics, the safety explanation, each topic and each article. */
    private List<String> paths() {
        List<String> paths = new ArrayList<>(List.of("/", "/topics", "/about/safety"));
        for (TopicCount count : site.engine().topics()) {
            paths.add("/topics/" + SearchLinks.encode(count.topic().id()));
        }
        // Every article, a page of the browse list at a time: at most MAX_PAGE × MAX_PAGE_SIZE.
        for (int page = 1; page <= SearchRequest.MAX_PAGE; page++) {
            SearchResult all = site.engine().search(new SearchRequest("", Map.of(), page, SearchRequest.MAX_PAGE_SIZE));
            for (Hit hit : all.hits()) {
                paths.add("/articles/" + SearchLinks.encode(hit.slug()));
            }
            if (page >= all.pages()) {
                break;
            }
        }
        return paths;
    }

    /** Scheme, host and port of the request, as the server parsed them. */
    private static String origin(Context ctx) {
        URI url = URI.create(ctx.url());
        return url.getScheme() + "://" + url.getRawAuthority();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
