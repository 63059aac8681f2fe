package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.search.SearchRequest;

/**
 * Reindexing while the server is in use: concurrent reindex requests never interleave (one runs,
 * the others are told 409), and searches during reindexes always see a whole index, old or new.
 */
class ReindexUnderLoadTest {

    private final TestSite site = TestSite.get();

    @Test
    void simultaneousReindexRequestsRunOneAtATimeAndTheOthersAreToldSo() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(site.url("/api/reindex?full=true")))
                .header("Authorization", "Bearer " + TestSite.ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        List<JsonNode> ran = new ArrayList<>();
        int refused = 0;
        for (CompletableFuture<HttpResponse<String>> future : sent) {
            HttpResponse<String> response = future.join();
            JsonNode body = TestSite.json(response);
            if (response.statusCode() == 409) {
                refused++;
                assertTrue(body.get("detail").asText().contains("already running"), response.body());
            } else {
                assertEquals(200, response.statusCode(), response.body());
                assertEquals(site.initialIndex.articles(), body.get("articles").asInt());
                ran.add(body);
            }
        }
        assertTrue(refused >= 1, "six full reindexes at once, yet none was refused");
        assertTrue(ran.size() >= 1, "none ran");
        ran.sort(Comparator.comparing(summary -> finished(summary)));
        for (int i = 1; i < ran.size(); i++) {
            Instant previousEnd = finished(ran.get(i - 1));
            assertTrue(!started(ran.get(i)).isBefore(previousEnd), "reindexes overlapped: " + ran);
        }
    }

    @Test
    void searchesDuringRepeatedFullReindexesAlwaysSeeTheWholeIndex() throws Exception {
        long all = site.engine.search(SearchRequest.of("", 1)).total();
        long sleep = site.engine.search(SearchRequest.of("sleep", 1)).total();
        assertTrue(all > 0 && sleep > 0);
        AtomicBoolean reindexing = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        List<Thread> searchers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            searchers.add(started(() -> {
                while (reindexing.get()) {
                    long seenAll = site.engine.search(SearchRequest.of("", 1)).total();
                    long seenSleep = site.engine.search(SearchRequest.of("sleep", 1)).total();
                    if (seenAll != all || seenSleep != sleep) {
                        wrong.add("all " + seenAll + ", sleep " + seenSleep);
                    }
                    searches.incrementAndGet();
                }
            }));
        }
        searchers.add(started(() -> {
            while (reindexing.get()) {
                JsonNode health = site.api("/health");
                if (health.get("articles").asLong() != all) {
                    wrong.add("health says " + health.get("articles").asLong());
                }
                searches.incrementAndGet();
            }
        }));
        Corpus corpus = new CorpusReader().read(site.corpus);
        for (int i = 0; i < 5; i++) {
            site.store.reindex(corpus, true);
        }
        reindexing.set(false);
        for (Thread thread : searchers) {
            thread.join();
        }
        assertEquals(List.of(), List.copyOf(wrong), "searches saw a partial index");
        assertTrue(searches.get() > 10, "only " + searches.get() + " searches ran during the reindexes");
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work, "searching-during-reindex");
        thread.start();
        return thread;
    }

    private static Instant finished(JsonNode summary) {
        return Instant.parse(summary.get("finishedAt").asText());
    }

    private static Instant started(JsonNode summary) {
        // "took" is in seconds (docs/api.md)
        return finished(summary).minusNanos(Math.round(summary.get("took").asDouble() * 1e9));
    }
}
