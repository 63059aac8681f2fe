package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.io.Json;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.SearchMode;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;

/**
 * A server that keeps answers ({@code serve --cached-results}) sends a repeated search the JSON
 * a search computed afresh would send, with the time of the request at hand, and never the JSON
 * of an answer from an older index.
 */
class CachedSearchApiTest {

    /** Fewer than the distinct searches below, so kept answers and their JSON are also dropped and written again. */
    private static final int KEPT = 3;
    private static final Pattern TOOK_MS = Pattern.compile(",\"tookMs\":([0-9.Ee-]+)}$");

    @TempDir
    Path dir;

    private TestCorpus corpus;
    private IndexStore store;
    private WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void serveTheFixtureKeepingAnswers() throws IOException {
        corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"));
        store = IndexStore.open(dir.resolve("index"));
        reindex();
        SearchEngine keeping = EmbeddedEngine.over(store, EngineOptions.DEFAULTS.withMode(SearchMode.LEXICAL).withCachedResults(KEPT));
        server = WebServer.start(keeping, WebServer.Options.local(0, corpus.root(), null));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        store.close();
    }

    private void reindex() throws IOException {
        store.reindex(new CorpusReader().read(corpus.root()), false);
    }

    @Test
    void aRepeatedSearchSendsTheJsonOfAFreshSearchWithItsOwnTime() throws Exception {
        for (String query : List.of("kratom", "sleep", "melatonin", "kratom sleep", "kratom")) {
            String path = "/api/search?q=" + query.replace(' ', '+') + "&evidence=very-low&evidence=low";
            SearchRequest request = new SearchRequest(query, Map.of("evidence", Set.of("very-low", "low")), 1, 10);
            String fresh = Json.MAPPER.writeValueAsString(new Searcher(store, EngineOptions.DEFAULTS).search(request));

            String first = body(path);
            String again = body(path);

            assertEquals(withoutTime(fresh), withoutTime(first), query);
            assertEquals(withoutTime(fresh), withoutTime(again), query + ", repeated");
            assertEquals(Json.MAPPER.readTree(again).get("tookMs").asDouble(), tookMs(again), "the time is the number JSON readers see");
        }
    }

    @Test
    void eachAnswerCarriesTheTimeOfItsOwnRequest() throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            times.add(tookMs(body("/api/search?q=kratom")));
        }
        assertTrue(times.stream().distinct().count() > 1, "not one time kept with the answer: " + times);
    }

    @Test
    void anAnswerFromBeforeAReindexIsNeverSentAfterIt() throws Exception {
        assertTrue(body("/api/search?q=kratom").contains("Regular use can lead to dependence"));
        String profile = Files.readString(corpus.root().resolve("substances/kratom.yaml"))
                .replace("Regular use can lead to dependence", "Updated warning, regular use can lead to dependence");
        corpus.write("substances/kratom.yaml", profile.getBytes(StandardCharsets.UTF_8));

        reindex();

        String after = body("/api/search?q=kratom");
        assertTrue(after.contains("Updated warning, regular use"), after);
        assertEquals(withoutTime(Json.MAPPER.writeValueAsString(new Searcher(store, EngineOptions.DEFAULTS).search(SearchRequest.of("kratom")))), withoutTime(after));
    }

    @Test
    void searchesSentWhileTheIndexChangesEachGetAWholeAnswer() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                running.add(threads.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        String answer = body("/api/search?q=" + List.of("kratom", "sleep", "melatonin", "stages", "kratom+sleep").get((i + thread) % 5));
                        var json = Json.MAPPER.readTree(answer);
                        long facetSum = 0;
                        for (var count : json.get("facets").get("evidence")) {
                            facetSum += count.get("count").asLong();
                        }
                        assertEquals(json.get("total").asLong(), facetSum, answer);
                    }
                    return null;
                }));
            }
            for (int i = 0; i < 3; i++) {
                corpus.writeArticle("extra-" + i + ".md", TestCorpus.article("Kratom and sleep notes " + i, "Kratom is taken by some for sleep."));
                reindex();
            }
            for (Future<?> search : running) {
                search.get();
            }
        } finally {
            threads.shutdown();
        }
        String fresh = Json.MAPPER.writeValueAsString(new Searcher(store, EngineOptions.DEFAULTS).search(SearchRequest.of("kratom sleep")));
        assertEquals(withoutTime(fresh), withoutTime(body("/api/search?q=kratom+sleep")), "after the last reindex, the answer of the last index");
    }

    private String body(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    private static String withoutTime(String json) {
        Matcher took = TOOK_MS.matcher(json);
        assertTrue(took.find(), "tookMs is the last field: " + json);
        return json.substring(0, took.start());
    }

    private static double tookMs(String json) {
        Matcher took = TOOK_MS.matcher(json);
        assertTrue(took.find(), json);
        double ms = Double.parseDouble(took.group(1));
        assertNotEquals(0.0, ms, "the time of this request, not of the answer kept");
        return ms;
    }
}
