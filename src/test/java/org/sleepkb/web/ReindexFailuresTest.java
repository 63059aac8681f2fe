package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.io.Json;
import org.sleepkb.Main;
import org.sleepkb.io.TemporaryFolder;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;
import picocli.CommandLine;
import org.sleepkb.web.admin.CorpusWatcher;

/**
 * A reindex over HTTP or by the watcher that cannot or must not go ahead changes nothing, says
 * why, and shows in {@code /health}; one writer at a time, told clearly on both sides.
 */
class ReindexFailuresTest {

    private static final String TOKEN = "failures-test-token";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private TestCorpus corpus;
    private IndexStore store;
    private SearchEngine engine;
    private WebServer server;
    private final java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();

    @BeforeEach
    void serveTheFixture() throws IOException {
        corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"));
        store = IndexStore.open(dir.resolve("index"));
        store.reindex(new CorpusReader().read(corpus.root()), false);
        engine = EmbeddedEngine.over(store, EngineOptions.DEFAULTS);
        server = WebServer.start(engine, new WebServer.Options("127.0.0.1", 0, corpus.root(), TOKEN, Clock.systemUTC()));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        store.close();
    }

    @Test
    void aMissingCorpusFolderIsA503ThatChangesNothingAndShowsInHealth() throws Exception {
        TemporaryFolder.delete(corpus.root());

        HttpResponse<String> response = reindex("");

        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("is missing") && response.body().contains("nothing was changed"), response.body());
        JsonNode health = health();
        assertEquals("degraded", health.get("status").asText());
        assertTrue(health.get("lastError").asText().contains("is missing"), health.toString());
        assertEquals(3, health.get("articles").asInt());
    }

    @Test
    void removingMostArticlesOverHttpNeedsAllowMassRemoval() throws Exception {
        corpus.delete("articles/melatonin-basics.md").delete("articles/sleep-stages.md");

        HttpResponse<String> refused = reindex("");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("allowMassRemoval=true"), refused.body());
        assertEquals(3, health().get("articles").asInt());

        HttpResponse<String> allowed = reindex("?allowMassRemoval=true");
        assertEquals(200, allowed.statusCode(), allowed.body());
        assertEquals(1, health().get("articles").asInt());
        assertEquals("ok", health().get("status").asText());
    }

    @Test
    void aWriteLockHeldByAnotherProcessIsA409AndTheCommandLineExitsTwoTheOtherWay() throws Exception {
        try (IndexWriter other = new IndexWriter(FSDirectory.open(dir.resolve("index")), new IndexWriterConfig())) {
            HttpResponse<String> response = reindex("");
            assertEquals(409, response.statusCode(), response.body());
            assertTrue(response.body().contains("being written by another process"), response.body());

            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("reindex", "--no-semantic", "--full", "--corpus", corpus.root().toString(),
                    "--index", dir.resolve("index").toString());
            assertEquals(2, code, err.toString());
            assertTrue(err.toString().contains("being written by another process"), err.toString());
        }
    }

    @Test
    void aFailedWriteNamesItsCauseInTheAnswerAndInHealth() throws Exception {
        // The index folder turns into a file: every write fails, as on a full or read-only disk.
        Path index = dir.resolve("index");
        TemporaryFolder.delete(index);
        Files.writeString(index, "not a folder");

        HttpResponse<String> response = reindex("?full=true");

        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("the reindex failed and changed nothing"), response.body());
        JsonNode health = health();
        assertEquals("degraded", health.get("status").asText());
        assertFalse(health.get("lastError").isNull());
        assertEquals(3, health.get("articles").asInt(), "searches keep the open index");
    }

    @Test
    void aSecondReindexIsRefusedBeforeTheCorpusIsRead() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            try {
                store.reindex(() -> {
                    reading.countDown();
                    awaitQuietly(release);
                    return new CorpusReader().readForIndex(corpus.root());
                }, false, false);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        first.start();
        try {
            assertTrue(reading.await(10, TimeUnit.SECONDS));
            AtomicBoolean read = new AtomicBoolean();
            assertTrue(store.tryReindex(() -> {
                read.set(true);
                return new CorpusReader().readForIndex(corpus.root());
            }, false, false).isEmpty());
            assertFalse(read.get(), "the corpus was read although a reindex was running");
            assertEquals(409, reindex("").statusCode());
        } finally {
            release.countDown();
            first.join();
        }
    }

    @Test
    void theWatcherSurvivesTheCorpusFolderGoingAwayAndComesBackWithIt() throws Exception {
        try (CorpusWatcher watcher = CorpusWatcher.start(corpus.root(), engine, Duration.ofMillis(200))) {
            server.report(watcher);
            assertEquals("watching", health().get("watch").asText());

            TemporaryFolder.delete(corpus.root());
            await(() -> "degraded".equals(health().get("status").asText()) && health().get("watch").asText().startsWith("waiting"));
            assertEquals(3, health().get("articles").asInt(), "every article is still served");
            assertEquals(200, RawHttp.get(server.port(), "/articles/sleep-stages").status());

            TestCorpus back = TestCorpus.copyOf(TestCorpus.FIXTURE, corpus.root());
            back.writeArticle("watch-return.md", TestCorpus.article("Watch return", "The word vellicorn appears only here."));
            await(() -> "ok".equals(health().get("status").asText()) && health().get("articles").asInt() == 4);
            assertEquals("watching", health().get("watch").asText());

            back.delete("articles/watch-return.md");
            await(() -> health().get("articles").asInt() == 3);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE);
            }
            Thread.sleep(100);
        }
    }

    private JsonNode health() throws IOException {
        return Json.MAPPER.readTree(RawHttp.get(server.port(), "/health").body());
    }

    private HttpResponse<String> reindex(String query) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/reindex" + query))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
