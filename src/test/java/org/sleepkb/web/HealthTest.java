package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.io.Json;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.insights.QueryInsights;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;

/** {@code /health}, {@code /health/live} and {@code /health/ready} over real HTTP, on servers in the states they report. */
class HealthTest {

    @TempDir
    Path dir;

    private record Answer(int status, JsonNode body) {
    }

    private static Answer get(WebServer server, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), TestSite.json(response));
    }

    private static JsonNode json(String text) throws IOException {
        return Json.MAPPER.readTree(text);
    }

    private SearchEngine indexed(TestCorpus corpus) throws IOException {
        SearchEngine engine = EmbeddedEngine.open(dir.resolve("index"), EngineOptions.DEFAULTS);
        engine.reindex(new CorpusReader().read(corpus.root()), false);
        return engine;
    }

    private static WebServer serve(SearchEngine engine, TestCorpus corpus, String modelProblem) {
        return WebServer.start(engine,
                new WebServer.Options("127.0.0.1", 0, corpus.root(), null, Clock.systemDefaultZone(), List.of(), modelProblem,
                        QueryInsights.off()));
    }

    @Test
    void aServerWithAGoodIndexIsOkLiveAndReady() throws Exception {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"));
        try (SearchEngine engine = indexed(corpus); WebServer server = serve(engine, corpus, null)) {
            Answer health = get(server, "/health");
            assertEquals("ok", health.body().get("status").asText());
            assertEquals("off", health.body().get("semantic").asText(), "no sentence model was asked for");
            assertEquals(new Answer(200, json("{\"status\":\"live\"}")), get(server, "/health/live"));
            assertEquals(new Answer(200, json("{\"status\":\"ready\"}")), get(server, "/health/ready"));
        }
    }

    @Test
    void aSentenceModelThatFailedToLoadMakesItDegradedButStillReady() throws Exception {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"));
        try (SearchEngine engine = indexed(corpus);
             WebServer server = serve(engine, corpus, "java.lang.UnsatisfiedLinkError: no onnxruntime in java.library.path")) {
            Answer health = get(server, "/health");
            assertEquals(200, health.status());
            assertEquals("degraded", health.body().get("status").asText());
            assertEquals("failed", health.body().get("semantic").asText());
            assertEquals(200, get(server, "/health/ready").status(), "searches by words still answer");
        }
    }

    @Test
    void aReindexWithProblemsMakesItDegradedUntilTheFileIsFixed() throws Exception {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"));
        Path broken = corpus.root().resolve("articles/broken-health.md");
        Files.writeString(broken, "---\ntitle: [unclosed\n---\nBody.\n");
        try (SearchEngine engine = indexed(corpus); WebServer server = serve(engine, corpus, null)) {
            assertEquals("degraded", get(server, "/health").body().get("status").asText());

            Files.delete(broken);
            engine.reindex(new CorpusReader().read(corpus.root()), false);
            assertEquals("ok", get(server, "/health").body().get("status").asText());
        }
    }

    @Test
    void anIndexWithoutArticlesIsLiveButNotReady() throws Exception {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"));
        try (Stream<Path> articles = Files.list(corpus.root().resolve("articles"))) {
            for (Path article : (Iterable<Path>) articles::iterator) {
                Files.delete(article);
            }
        }
        try (SearchEngine engine = indexed(corpus); WebServer server = serve(engine, corpus, null)) {
            assertEquals(200, get(server, "/health/live").status());
            Answer ready = get(server, "/health/ready");
            assertEquals(503, ready.status());
            assertEquals("not ready: the index holds no articles", ready.body().get("status").asText());
        }
    }
}
