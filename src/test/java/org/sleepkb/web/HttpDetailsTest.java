package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.embed.Embedder;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.web.http.SecurityHeaders;
import org.sleepkb.web.page.ArticleBody;

/** HEAD, 405, errors of every kind, the Host header, the bearer scheme, strict flags and safe article HTML. */
class HttpDetailsTest {

    private final TestSite site = TestSite.get();

    @Test
    void headRunsTheGetHandlerWithoutABody() {
        RawHttp.Answer missing = RawHttp.request(site.server.port(), "HEAD", "/articles/no-such-slug", "127.0.0.1");
        assertEquals(404, missing.status());
        assertTrue(missing.header("Content-Type").startsWith("text/html"), missing.head());
        assertEquals("", missing.body());

        RawHttp.Answer search = RawHttp.request(site.server.port(), "HEAD", "/api/search?q=sleep", "127.0.0.1");
        assertEquals(200, search.status());
        assertTrue(search.header("Content-Type").startsWith("application/json"), search.head());
        assertEquals("", search.body());
        assertEquals(400, RawHttp.request(site.server.port(), "HEAD", "/api/search?q=sleep&page=0", "127.0.0.1").status());
    }

    @Test
    void aMethodNotAllowedNamesTheAllowedOnes() {
        RawHttp.Answer delete = RawHttp.request(site.server.port(), "DELETE", "/api/search", "127.0.0.1");
        assertEquals(405, delete.status());
        assertEquals("GET, HEAD", delete.header("Allow"));
        RawHttp.Answer getReindex = RawHttp.get(site.server.port(), "/api/reindex");
        assertEquals(405, getReindex.status());
        assertEquals("POST", getReindex.header("Allow"));
    }

    @Test
    void onlyTheServersOwnHostNamesAreAnswered() {
        RawHttp.Answer rebound = RawHttp.request(site.server.port(), "GET", "/api/topics", "attacker.example");
        assertEquals(421, rebound.status());
        assertTrue(rebound.body().contains("--allowed-hosts"), rebound.body());
        assertEquals(421, RawHttp.request(site.server.port(), "GET", "/", "attacker.example:" + site.server.port()).status());
        for (String host : List.of("127.0.0.1", "localhost", "LOCALHOST:" + site.server.port(), "127.0.0.1:" + site.server.port(), "[::1]:80")) {
            assertEquals(200, RawHttp.request(site.server.port(), "GET", "/api/topics", host).status(), host);
        }
    }

    @Test
    void configuredHostNamesAreAnsweredToo(@TempDir Path dir) throws Exception {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"));
        try (IndexStore store = IndexStore.open(dir.resolve("index"));
                WebServer server = WebServer.start(EmbeddedEngine.over(store, EngineOptions.DEFAULTS), new WebServer.Options("127.0.0.1", 0, corpus.root(),
                        null, java.time.Clock.systemUTC(), List.of("kb.example.org")))) {
            assertEquals(200, RawHttp.request(server.port(), "GET", "/api/topics", "kb.example.org").status());
            assertEquals(421, RawHttp.request(server.port(), "GET", "/api/topics", "other.example.org").status());
        }
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        for (String scheme : List.of("bearer", "BEARER", "Bearer")) {
            var response = site.send(HttpRequest.newBuilder(URI.create(site.url("/api/reindex")))
                    .header("Authorization", scheme + " " + TestSite.ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(200, response.statusCode(), scheme + ": " + response.body());
        }
    }

    @Test
    void flagsOtherThanTrueOrFalseAreA400() {
        for (String full : List.of("TRUE", "1", "yes", "")) {
            var response = site.send(HttpRequest.newBuilder(URI.create(site.url("/api/reindex?full=" + full)))
                    .header("Authorization", "Bearer " + TestSite.ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(400, response.statusCode(), full + ": " + response.body());
            assertTrue(response.body().contains("full must be true or false"), response.body());
        }
    }

    @Test
    void articleHtmlKeepsNoDataUrls() {
        String html = ArticleBody.html("[click](data:text/html;base64,PHNjcmlwdD4=) and ![img](DATA:image/png;base64,iVBOR)"
                + " and [ok](https://www.nih.gov/)");
        assertFalse(html.toLowerCase().contains("data:"), html);
        assertTrue(html.contains("href=\"https://www.nih.gov/\""), html);
    }

    @Test
    void anArticleBodyOverTheNestingBoundIsShownAsText() {
        String html = ArticleBody.html("> ".repeat(5000) + "deep");
        assertTrue(html.startsWith("<pre><code>"), html.substring(0, 40));
        assertTrue(html.contains("deep"));
    }

    @Test
    void anErrorInAHandlerGetsTheErrorPageAndJson(@TempDir Path dir) throws Exception {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"));
        try (IndexStore store = IndexStore.open(dir.resolve("index"), Optional.of(new FailingEmbedder()))) {
            store.reindex(new CorpusReader().read(corpus.root()), false);
            SearchEngine engine = EmbeddedEngine.over(store, EngineOptions.DEFAULTS.withEmbedder(Optional.of(new FailingEmbedder())));
            try (WebServer server = WebServer.start(engine, WebServer.Options.local(0, corpus.root(), null))) {
                for (String kind : List.of("overflow", "memory")) {
                    RawHttp.Answer api = RawHttp.get(server.port(), "/api/search?q=" + kind);
                    assertEquals(500, api.status(), kind);
                    assertEquals("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,"
                            + "\"detail\":\"something went wrong on our side; please try again\"}", api.body());
                    RawHttp.Answer page = RawHttp.get(server.port(), "/search?q=" + kind);
                    assertEquals(500, page.status(), kind);
                    assertEquals("Something went wrong", Jsoup.parse(page.body()).selectFirst("h1").text());
                    assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, page.header("Content-Security-Policy"));
                }
            }
        }
    }

    /** Embeds passages; a query naming a failure throws that Error, as a model or a deep recursion might. */
    private static final class FailingEmbedder implements Embedder {

        @Override
        public String modelId() {
            return "failing-test-model";
        }

        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public float[] embed(String text) {
            if (text.contains("overflow")) {
                throw new StackOverflowError();
            }
            if (text.contains("memory")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return new float[] {0.5f, 0.5f, 0.5f, 0.5f};
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }
    }
}
