package org.sleepkb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;

class IndexStoreTest {

    @TempDir
    Path corpusDir;
    @TempDir
    Path indexDir;

    private final CorpusReader reader = new CorpusReader();

    private ReindexSummary reindex(IndexStore store, TestCorpus corpus, boolean full) throws IOException {
        return store.reindex(reader.read(corpus.root()), full);
    }

    private static long hits(Searcher searcher, String query) {
        return searcher.search(SearchRequest.of(query)).total();
    }

    @Test
    void reindexesStartedTogetherRunOneAfterAnother() throws Exception {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir)) {
            var corpusRead = reader.read(corpus.root());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ReindexSummary>> running = new ArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(3);
            try {
                for (int i = 0; i < 3; i++) {
                    running.add(threads.submit(() -> {
                        go.await();
                        return store.reindex(corpusRead, true);
                    }));
                }
                go.countDown();
                List<ReindexSummary> done = new ArrayList<>();
                for (Future<ReindexSummary> future : running) {
                    done.add(future.get());
                }
                done.sort(Comparator.comparing(ReindexSummary::finishedAt));
                for (int i = 1; i < done.size(); i++) {
                    Instant started = done.get(i).finishedAt().minus(done.get(i).took());
                    assertFalse(started.isBefore(done.get(i - 1).finishedAt()), "reindexes interleaved: " + done);
                }
                assertTrue(done.stream().allMatch(summary -> summary.articles() == 3));
            } finally {
                threads.shutdown();
            }
            assertFalse(store.isReindexing());
            assertTrue(store.tryReindex(() -> corpusRead, false, false).isPresent(), "free again");
        }
    }

    @Test
    void aSearcherOpenedBeforeAReindexKeepsAnsweringAndANewOneSeesTheNewData() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir)) {
            reindex(store, corpus, false);
            try (DirectoryReader before = DirectoryReader.open(FSDirectory.open(indexDir))) {
                IndexSearcher old = new IndexSearcher(before);
                corpus.delete("articles/sleep-stages.md")
                        .writeArticle("valerian-root.md", TestCorpus.article("Valerian root", "Valerian is an old herbal remedy."));

                ReindexSummary summary = reindex(store, corpus, false);

                assertEquals(1, summary.added());
                assertEquals(1, summary.removed());
                assertEquals(1, old.count(new TermQuery(new Term(Schema.SLUG, "sleep-stages"))), "the old view is unchanged");
                assertEquals(0, old.count(new TermQuery(new Term(Schema.SLUG, "valerian-root"))));
                Searcher fresh = new Searcher(store, EngineOptions.DEFAULTS);
                assertEquals(0, hits(fresh, "slug:sleep-stages"));
                assertEquals(1, hits(fresh, "valerian"));
            }
        }
    }

    @Test
    void anUncommittedReindexIsInvisibleAndTheIndexSurvivesAFailure() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir)) {
            reindex(store, corpus, false);
            corpus.write("synonyms.txt", "a => \n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

            ReindexSummary summary = reindex(store, corpus, false);

            assertTrue(summary.problems().stream().anyMatch(p -> p.file().equals("synonyms.txt") && p.line() == 1),
                    summary.problems().toString());
            assertEquals(3, summary.articles());
            assertEquals(1, hits(new Searcher(store, EngineOptions.DEFAULTS), "kratom"), "searching works without the broken rule");
        }
    }

    @Test
    void anIncrementalReindexRereadsOnlyChangedFiles() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir)) {
            assertEquals(3, reindex(store, corpus, false).added());
            corpus.writeArticle("sleep-stages.md", TestCorpus.article("Sleep stages", "REM sleep and dreaming."));

            ReindexSummary summary = reindex(store, corpus, false);

            assertFalse(summary.full());
            assertEquals(1, summary.updated());
            assertEquals(2, summary.unchanged());
            assertEquals(1, hits(new Searcher(store, EngineOptions.DEFAULTS), "dreaming"));
        }
    }

    @Test
    void aFullReindexRebuildsEverything() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir)) {
            reindex(store, corpus, false);

            ReindexSummary summary = reindex(store, corpus, true);

            assertTrue(summary.full());
            assertEquals(3, summary.added() + summary.updated());
            assertEquals(3, summary.articles());
        }
    }

    @Test
    void aBrokenEditKeepsTheLastGoodVersionSearchable() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir)) {
            reindex(store, corpus, false);
            corpus.writeArticle("melatonin-basics.md", "---\ntitle: Melatonin basics\nsummary: [broken\n---\nNew text.\n");

            ReindexSummary summary = reindex(store, corpus, false);

            assertEquals(1, summary.kept());
            assertEquals(java.util.List.of("melatonin-basics"), summary.skipped());
            assertTrue(summary.problems().stream().anyMatch(p -> p.file().equals("articles/melatonin-basics.md")));
            assertEquals(1, hits(new Searcher(store, EngineOptions.DEFAULTS), "jet lag"), "the last good version is still found");

            ReindexSummary full = reindex(store, corpus, true);
            assertEquals(1, full.kept(), "a full rebuild keeps it too");
            assertEquals(3, full.articles());
        }
    }

    @Test
    void aChangedProfileReachesEveryArticleThatLinksIt() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir)) {
            reindex(store, corpus, false);
            String profile = java.nio.file.Files.readString(corpus.root().resolve("substances/kratom.yaml"))
                    .replace("Regular use can lead to dependence", "Updated warning, regular use can lead to dependence");
            corpus.write("substances/kratom.yaml", profile.getBytes(java.nio.charset.StandardCharsets.UTF_8));

            ReindexSummary summary = reindex(store, corpus, false);

            assertTrue(summary.full(), "profiles are stored in every linked document, so all are rewritten");
            SearchResult result = new Searcher(store, EngineOptions.DEFAULTS).search(SearchRequest.of("kratom"));
            assertTrue(result.hits().get(0).safety().warning().startsWith("Updated warning"));
        }
    }

    @Test
    void aBrokenProfileKeepsItsLastGoodSafetyDataOnTheArticlesThatLinkIt() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        try (IndexStore store = IndexStore.open(indexDir)) {
            reindex(store, corpus, false);
            corpus.write("substances/kratom.yaml", "id: kratom\nrisk: [\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

            ReindexSummary summary = reindex(store, corpus, false);

            assertEquals(java.util.List.of("kratom-and-sleep"), summary.skipped());
            var hit = new Searcher(store, EngineOptions.DEFAULTS).search(SearchRequest.of("kratom")).hits().get(0);
            assertEquals("kratom-and-sleep", hit.slug());
            assertEquals(org.sleepkb.corpus.safety.RiskLevel.HIGH, hit.safety().firstSubject().orElseThrow().risk());
        }
    }

    @Test
    void anArticleWithoutFrontMatterIsIndexedAsNotYetReviewed() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir)
                .writeArticle("shift-notes.txt", "Shift notes\n\nSome night workers take ketum to stay awake.\n");
        try (IndexStore store = IndexStore.open(indexDir)) {
            ReindexSummary summary = reindex(store, corpus, false);
            assertEquals(4, summary.articles());

            SearchResult result = new Searcher(store, EngineOptions.DEFAULTS).search(SearchRequest.of("night workers"));

            var hit = result.hits().get(0);
            assertEquals("shift-notes", hit.slug());
            assertEquals(EvidenceGrade.UNRATED, hit.safety().evidence());
            assertTrue(hit.safety().stale());
            assertEquals("kratom", hit.safety().mentions().get(0).id(), "detected substances are listed as mentions");
            assertTrue(hit.safety().firstSubject().isEmpty(), "a text that declares nothing has no subject");
        }
    }
}
