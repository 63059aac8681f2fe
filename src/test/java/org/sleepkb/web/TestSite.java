package org.sleepkb.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sleepkb.io.Json;
import org.sleepkb.io.TemporaryFolder;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.embed.Embedder;
import org.sleepkb.embed.SentenceModel;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;

/**
 * One real server for the web and browser tests: a temporary copy of the bundled corpus plus the
 * fixture articles under {@code src/test/resources/web/extra-articles}, indexed on disk, served on
 * a random port. Started once per test JVM, because indexing is the slow part.
 */
public final class TestSite {

    public static final String ADMIN_TOKEN = "test-admin-token";
    /** The fixture article whose title is a script tag. */
    public static final String SCRIPT_SLUG = "script-title";

    private static TestSite shared;
    private static TestSite hybrid;

    private final Path root;
    public final Path corpus;
    public final IndexStore store;
    public final SearchEngine engine;
    public final WebServer server;
    public final ReindexSummary initialIndex;
    /** How many topics the served corpus lists, so page and API tests do not hard-code the corpus size. */
    public final int topicCount;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestSite(Path root, Optional<Embedder> model) throws IOException {
        this.root = root;
        corpus = root.resolve("corpus");
        TestCorpus.copyOf(TestCorpus.BUNDLED, corpus);
        TestCorpus.copyOf(Path.of("src/test/resources/web/extra-articles"), corpus.resolve(CorpusReader.ARTICLES));
        store = IndexStore.open(root.resolve("index"), model);
        Corpus read = new CorpusReader().read(corpus);
        topicCount = read.topics().size();
        initialIndex = store.reindex(read, false);
        engine = EmbeddedEngine.over(store, EngineOptions.DEFAULTS.withEmbedder(model));
        server = WebServer.start(engine, new WebServer.Options("127.0.0.1", 0, corpus, ADMIN_TOKEN, Clock.systemDefaultZone()));
    }

    /** The site searching by words only. */
    public static synchronized TestSite get() {
        if (shared == null) {
            shared = start(Optional.empty());
        }
        return shared;
    }

    /** The site as the product runs by default: hybrid, with the real sentence model. */
    public static synchronized TestSite hybrid() {
        if (hybrid == null) {
            hybrid = start(Optional.of(SentenceModel.shared().orElseThrow(() -> new AssertionError("the sentence model must load in tests"))));
        }
        return hybrid;
    }

    private static TestSite start(Optional<Embedder> model) {
        try {
            TestSite site = new TestSite(Files.createTempDirectory("sleepkb-web-test"), model);
            Runtime.getRuntime().addShutdownHook(new Thread(site::close));
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Corpus read;

    /** The corpus as the site read it, for tests that compare pages with the files they come from. */
    public synchronized Corpus corpusRead() {
        if (read == null) {
            read = new CorpusReader().read(corpus);
        }
        return read;
    }

    /** The article {@code slug} as read from the corpus. */
    public Article article(String slug) {
        return corpusRead().articles().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs a page, checks it is a 200 HTML page and parses it. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body(), url(path));
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** GETs JSON, checks the status is 200 and parses it. */
    public JsonNode api(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    private void close() {
        server.close();
        try {
            store.close();
            TemporaryFolder.delete(root);
        } catch (IOException e) {
            // the JVM is exiting; a leftover temporary folder does no harm
        }
    }
}
