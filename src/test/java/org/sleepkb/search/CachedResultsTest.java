package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;

/** A searcher that keeps answers gives the answers of the index it sees, never of an older one. */
class CachedResultsTest {

    @TempDir
    Path corpusDir;
    @TempDir
    Path indexDir;

    private TestCorpus corpus;
    private IndexStore store;

    @BeforeEach
    void indexTheFixture() throws IOException {
        corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        store = IndexStore.open(indexDir);
        reindex();
    }

    @AfterEach
    void closeTheIndex() throws IOException {
        store.close();
    }

    private Searcher caching(Clock clock) {
        return new Searcher(store, EngineOptions.DEFAULTS.withClock(clock).withMode(SearchMode.LEXICAL).withCachedResults(16));
    }

    private void reindex() throws IOException {
        store.reindex(new CorpusReader().read(corpus.root()), false);
    }

    @Test
    void statisticsCountAnswersKeptAndComputed() {
        Searcher searcher = caching(Clock.systemUTC());
        assertEquals(new CacheStatistics(0, 0), searcher.cacheStatistics());
        assertEquals(0, searcher.cacheStatistics().hitRatio());

        searcher.search(SearchRequest.of("melatonin", 10));
        searcher.search(SearchRequest.of("melatonin", 10));
        searcher.search(SearchRequest.of("caffeine", 10));

        assertEquals(new CacheStatistics(1, 2), searcher.cacheStatistics());
        assertEquals(1 / 3.0, searcher.cacheStatistics().hitRatio(), 1e-9);
    }

    @Test
    void aRepeatedSearchGetsTheSameAnswerWithItsOwnTime() throws IOException {
        Searcher searcher = caching(Clock.systemUTC());

        SearchResult first = searcher.search(SearchRequest.of("kratom"));
        SearchResult again = searcher.search(SearchRequest.of("kratom"));

        assertSame(first.hits(), again.hits(), "kept, not searched again");
        assertEquals(first.facets(), again.facets());
        assertEquals(first.total(), again.total());
        SearchResult otherPage = searcher.search(new SearchRequest("kratom", Map.of(), 1, 1));
        assertEquals(1, otherPage.hits().size(), "a request differing in any parameter is its own answer");
        SearchResult filtered = searcher.search(new SearchRequest("kratom", Map.of("evidence", Set.of("high")), 1, 10));
        assertTrue(filtered.total() < first.total());
    }

    @Test
    void aReindexedArticleIsNeverAnsweredFromTheOlderIndex() throws IOException {
        Searcher searcher = caching(Clock.systemUTC());
        assertFalse(searcher.search(SearchRequest.of("kratom")).hits().get(0).safety().warning().startsWith("Updated"));
        String profile = Files.readString(corpus.root().resolve("substances/kratom.yaml"))
                .replace("Regular use can lead to dependence", "Updated warning, regular use can lead to dependence");
        corpus.write("substances/kratom.yaml", profile.getBytes(StandardCharsets.UTF_8));

        reindex();

        assertTrue(searcher.search(SearchRequest.of("kratom")).hits().get(0).safety().warning().startsWith("Updated warning"));
    }

    @Test
    void aKeptAnswerShowsAReviewAsStaleOnceItIsOverdue() throws IOException {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T12:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        Searcher searcher = caching(clock);
        assertFalse(searcher.search(SearchRequest.of("melatonin")).hits().get(0).safety().stale());

        now.set(Instant.parse("2029-01-01T12:00:00Z"));

        assertTrue(searcher.search(SearchRequest.of("melatonin")).hits().get(0).safety().stale());
    }

    @Test
    void searchesRunningWhileTheIndexChangesEachSeeAWholeIndex() throws Exception {
        Searcher searcher = caching(Clock.systemUTC());
        long before = searcher.search(SearchRequest.of("kratom sleep")).total();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                running.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        SearchResult result = searcher.search(SearchRequest.of(i % 2 == 0 ? "kratom" : "sleep"));
                        assertEquals(result.total(), result.facets().get("evidence").stream().mapToLong(FacetCount::count).sum());
                    }
                    return null;
                }));
            }
            for (int i = 0; i < 3; i++) {
                corpus.writeArticle("extra-" + i + ".md", "Kratom and sleep notes " + i + "\n\nKratom is taken by some for sleep.\n");
                reindex();
            }
            for (Future<?> search : running) {
                search.get();
            }
        } finally {
            threads.shutdown();
        }
        SearchResult fresh = new Searcher(store, EngineOptions.DEFAULTS).search(SearchRequest.of("kratom sleep"));
        SearchResult kept = searcher.search(SearchRequest.of("kratom sleep"));
        assertTrue(kept.total() > before, "the answer kept before the reindexes is not given after them");
        assertEquals(fresh.total(), kept.total(), "after the last reindex, the answer counts every article");
        assertEquals(fresh.hits().stream().map(Hit::slug).toList(), kept.hits().stream().map(Hit::slug).toList());
    }
}
