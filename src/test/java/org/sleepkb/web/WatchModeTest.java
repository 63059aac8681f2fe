package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.io.Json;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.web.admin.CorpusWatcher;

/**
 * {@code serve --watch}: files added, edited, broken and deleted under a running server reach
 * its search without anyone asking for a reindex, and a broken edit keeps the last good version.
 */
class WatchModeTest {

    /** How long a change may take to show; far above the debounce, so only a real failure trips it. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void changesToTheCorpusUnderARunningServerReachItsSearch() throws Exception {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"));
        try (IndexStore store = IndexStore.open(dir.resolve("index"))) {
            store.reindex(new CorpusReader().read(corpus.root()), false);
            SearchEngine engine = EmbeddedEngine.over(store, EngineOptions.DEFAULTS);
            try (WebServer server = WebServer.start(engine, WebServer.Options.local(0, corpus.root(), null));
                    CorpusWatcher watcher = CorpusWatcher.start(corpus.root(), engine, Duration.ofMillis(200))) {
                corpus.writeArticle("watch-probe.md", TestCorpus.article("Watch probe", "The word quillomancy appears only here."));
                await(server, "/api/search?q=quillomancy", result -> slugs(result).contains("watch-probe"));

                corpus.writeArticle("sleep-stages.md", TestCorpus.article("Sleep stages", "Stages now mention zorbulation."));
                await(server, "/api/search?q=zorbulation", result -> slugs(result).contains("sleep-stages"));

                corpus.writeArticle("sleep-stages.md", "---\ntitle: [unclosed\n---\nBroken.\n");
                await(server, "/health", health -> health.get("problems").asInt() > 0);
                assertTrue(slugs(get(server, "/api/search?q=zorbulation")).contains("sleep-stages"), "the last good version stays");

                corpus.delete("articles/watch-probe.md");
                await(server, "/api/search?q=quillomancy", result -> !slugs(result).contains("watch-probe"));
                assertEquals(3, get(server, "/health").get("articles").asInt(), "two fixture articles and the kept one");
            }
        }
    }

    private static void await(WebServer server, String path, Predicate<JsonNode> condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode last = get(server, path);
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("after " + PATIENCE.toSeconds() + " s, " + path + " still answers " + last);
            }
            Thread.sleep(100);
            last = get(server, path);
        }
    }

    private static JsonNode get(WebServer server, String path) {
        RawHttp.Answer answer = RawHttp.get(server.port(), path);
        assertEquals(200, answer.status(), path + ": " + answer.body());
        try {
            return Json.MAPPER.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    private static List<String> slugs(JsonNode result) {
        List<String> slugs = new ArrayList<>();
        result.get("hits").forEach(hit -> slugs.add(hit.get("slug").asText()));
        return slugs;
    }
}
