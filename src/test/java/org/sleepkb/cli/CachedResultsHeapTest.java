package org.sleepkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.Main;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.embed.SentenceModel;
import org.sleepkb.index.IndexStore;

/**
 * The largest documented answer cache ({@code --cached-results 5000}) in a server with the README's
 * heap (-Xmx96m, serial GC), in the default hybrid mode: distinct searches of the largest
 * documented page size, enough to fill 5,000 entries' worth of heap several times over, all answer
 * without a 500, and the server never runs out of memory. A functional check: it counts answers,
 * it does not time them.
 */
class CachedResultsHeapTest {

    private static final List<String> README_HEAP = List.of("-Xms64m", "-Xmx96m", "-XX:+UseSerialGC");
    private static final String[] WORDS = {"sleep", "insomnia", "melatonin", "stress", "anxiety", "night", "caffeine",
            "alcohol", "nap", "dream", "apnea", "snoring", "shift", "work", "children", "teenagers", "older", "adults",
            "valerian", "kratom", "cannabis", "magnesium", "exercise", "light", "screen", "bedtime", "routine", "pill",
            "tired", "waking", "breathing", "heart", "pregnancy", "pain", "worry", "racing", "thoughts", "relax"};
    private static final int SEARCHES = 2_000;

    @TempDir
    Path dir;

    @Test
    void theLargestCacheSettingFitsTheReadmeHeap() throws Exception {
        Path index = dir.resolve("index");
        // Indexed here with the sentence model, so the server starts hybrid at once instead of embedding in the background.
        try (IndexStore store = IndexStore.open(index, SentenceModel.shared())) {
            store.reindex(new CorpusReader().read(TestCorpus.BUNDLED), true);
        }
        int port = 17_000 + (int) (ProcessHandle.current().pid() % 2_000);
        Path log = dir.resolve("serve.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(README_HEAP);
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Main.class.getName(), "serve", "--host", "127.0.0.1", "--port", String.valueOf(port), "--cached-results", "5000",
                "--corpus", TestCorpus.BUNDLED.toString(), "--index", index.toString()));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            awaitHealth(http, port, server, log);
            Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(2);
            for (String query : queries()) {
                URI uri = URI.create("http://127.0.0.1:" + port + "/api/search?limit=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                clients.submit(() -> {
                    int status;
                    try {
                        status = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException | InterruptedException e) {
                        status = 0; // no answer: the connection was dropped
                    }
                    statuses.merge(status, 1, Integer::sum);
                });
            }
            clients.shutdown();
            assertTrue(clients.awaitTermination(15, TimeUnit.MINUTES));
            String output = Files.readString(log);
            assertFalse(output.contains("OutOfMemoryError"), output);
            assertTrue(server.isAlive(), output);
            assertEquals(Map.of(200, SEARCHES), statuses, output.lines().filter(l -> l.contains("ERROR")).limit(20).toList().toString());
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Distinct searches of three of the words each, all of them matching many articles. */
    private static List<String> queries() {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < WORDS.length; i++) {
            for (int j = i + 1; j < WORDS.length; j++) {
                for (int k = j + 1; k < WORDS.length && queries.size() < SEARCHES; k++) {
                    queries.add(WORDS[i] + " " + WORDS[j] + " " + WORDS[k]);
                }
            }
        }
        return queries;
    }

    private static void awaitHealth(HttpClient http, int port, Process server, Path log) throws Exception {
        URI health = URI.create("http://127.0.0.1:" + port + "/health");
        for (int attempt = 0; attempt < 240; attempt++) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped: " + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not answer /health: " + Files.readString(log));
    }
}
