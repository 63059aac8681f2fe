package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sleepkb.web.page.SearchLinks;

/**
 * Corpus text and query text reach the page as text: an article titled
 * {@code <script>alert(1)</script>} with markup in its summary, note and body, and queries with markup.
 */
class XssTest {

    private static final String SCRIPT_TITLE = "<script>alert(1)</script>";

    private final TestSite site = TestSite.get();

    @Test
    void anArticleTitledWithAScriptTagIsShownAsTextInResults() {
        HttpResponse<String> response = site.get("/search?q=zyxquorp");
        assertFalse(response.body().contains(SCRIPT_TITLE), "the title must be escaped");
        Document page = Jsoup.parse(response.body());
        Element title = page.selectFirst("li.hit .hit-title a");
        assertEquals(SCRIPT_TITLE, title.text());
        assertEquals("/articles/" + TestSite.SCRIPT_SLUG, title.attr("href"));
        assertOnlyOwnScripts(page);
        Element panel = page.selectFirst("li.hit aside.safety");
        assertTrue(panel.attr("aria-label").endsWith(SCRIPT_TITLE), "attributes are escaped too");
        assertTrue(panel.text().contains("<img src=x onerror=alert(2)>"), panel.text());
    }

    @Test
    void theArticlePageShowsMarkupInTitleBodyAndNoteAsText() {
        HttpResponse<String> response = site.get("/articles/" + TestSite.SCRIPT_SLUG);
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals(SCRIPT_TITLE, page.selectFirst("h1").text());
        assertEquals(SCRIPT_TITLE + " · sleepkb", page.title());
        assertOnlyOwnScripts(page);
        assertTrue(page.select("img").isEmpty(), "raw HTML in the body is not rendered");
        assertTrue(page.selectFirst(".article-body").text().contains("<script>alert(3)</script>"));
        assertTrue(page.select("a[href^=javascript]").isEmpty(), "unsafe link targets are sanitised");
        assertNotNull(page.selectFirst(".article-body a[href=https://example.org/]"));
        assertTrue(page.selectFirst(".article-footer .sources").text().contains("<i>Source</i> title"));
        assertTrue(page.select(".article-footer i").isEmpty());
    }

    @Test
    void aQueryWithMarkupIsEchoedAsText() {
        String query = "<img src=x onerror=alert(1)>\"'><script>alert(2)</script>";
        HttpResponse<String> response = site.get("/search?q=" + SearchLinks.encode(query));
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("<img src=x"));
        assertFalse(response.body().contains("<script>alert(2)"));
        Document page = Jsoup.parse(response.body());
        assertEquals(query, page.selectFirst("header input[name=q]").val());
        assertTrue(page.selectFirst("h1").text().contains(query));
        assertTrue(page.select("main img").isEmpty());
        assertOnlyOwnScripts(page);
    }

    @Test
    void errorMessagesThatEchoInputAreEscaped() {
        HttpResponse<String> response = site.get("/topics/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertEquals(404, response.statusCode());
        assertOnlyOwnScripts(Jsoup.parse(response.body()));
    }

    private static void assertOnlyOwnScripts(Document page) {
        for (Element script : page.select("script")) {
            assertTrue(script.attr("src").startsWith("/static/"), "unexpected script: " + script);
        }
    }
}
