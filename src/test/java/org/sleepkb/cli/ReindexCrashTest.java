package org.sleepkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.Main;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.index.Schema;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;

/**
 * kill -9 in the middle of a large {@code reindex --full}: the index keeps its last commit,
 * opens with the previous complete article count, and the next reindex succeeds.
 *
 * <p>The reindex runs in a child JVM, killed with SIGKILL once the uncommitted segment's stored
 * fields on disk have grown past {@link #KILL_AFTER_BYTES}: proof that it was writing, not still
 * reading files or already done.
 */
class ReindexCrashTest {

    private static final int COMMITTED_ARTICLES = 200;
    private static final int LARGE_REINDEX_ARTICLES = 3_000;
    private static final long KILL_AFTER_BYTES = 256 * 1024;
    private static final int WORDS_PER_ARTICLE = 400;

    @TempDir
    Path dir;

    @Test
    void killingAFullReindexMidwayLeavesThePreviousCompleteIndex() throws Exception {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"));
        Path index = dir.resolve("index");
        Random random = new Random(42);
        List<String> vocabulary = vocabulary(random);
        generate(corpus, "committed", COMMITTED_ARTICLES, vocabulary, random);
        int committed;
        String committedAt;
        try (IndexStore store = IndexStore.open(index)) {
            ReindexSummary summary = store.reindex(new CorpusReader().read(corpus.root()), true);
            committed = summary.articles();
            committedAt = store.commitData().get(Schema.COMMIT_TIME);
        }
        assertEquals(COMMITTED_ARTICLES + 3, committed);

        generate(corpus, "large", LARGE_REINDEX_ARTICLES, vocabulary, random);
        Set<String> before = files(index);
        Process reindex = new ProcessBuilder(javaCommand(), "-cp", testClassPath(), Main.class.getName(),
                "reindex", "--full", "--no-semantic", "--corpus", corpus.root().toString(), "--index", index.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("reindex.log").toFile())
                .start();
        try {
            Path segment = awaitUncommittedStoredFields(index, before, reindex);
            reindex.destroyForcibly();
            assertTrue(reindex.waitFor(30, TimeUnit.SECONDS));
            assertTrue(Files.exists(segment), "the killed reindex left its partial segment behind");
        } finally {
            reindex.destroyForcibly();
        }

        try (IndexStore store = IndexStore.open(index)) {
            Searcher searcher = new Searcher(store, EngineOptions.DEFAULTS);
            assertEquals(committed, searcher.search(SearchRequest.of("", 1)).total(), "the previous complete index");
            assertEquals(committedAt, store.commitData().get(Schema.COMMIT_TIME), "the previous commit");
            assertTrue(store.article("committed-00007").isPresent());
            assertTrue(store.article("large-00007").isEmpty());

            ReindexSummary next = store.reindex(new CorpusReader().read(corpus.root()), false);
            assertEquals(COMMITTED_ARTICLES + LARGE_REINDEX_ARTICLES + 3, next.articles());
            assertEquals(LARGE_REINDEX_ARTICLES, next.added());
            assertEquals(next.articles(), searcher.search(SearchRequest.of("", 1)).total());
        }
    }

    /** Waits for a stored-fields file the child wrote to grow past {@link #KILL_AFTER_BYTES}. */
    private static Path awaitUncommittedStoredFields(Path index, Set<String> before, Process reindex) throws Exception {
        while (true) {
            if (!reindex.isAlive()) {
                throw new AssertionError("the reindex ended (exit " + reindex.exitValue() + ") before it could be killed midway; "
                        + "generate more articles");
            }
            for (String name : files(index)) {
                Path file = index.resolve(name);
                if (!before.contains(name) && name.endsWith(".fdt") && Files.exists(file) && Files.size(file) > KILL_AFTER_BYTES) {
                    return file;
                }
            }
            Thread.sleep(5);
        }
    }

    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static void generate(TestCorpus corpus, String prefix, int count, List<String> vocabulary, Random random) {
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < WORDS_PER_ARTICLE; w++) {
                body.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(w % 15 == 14 ? ".\n" : " ");
            }
            corpus.writeArticle(String.format("%s-%05d.md", prefix, i), TestCorpus.article(prefix + " article " + i, body.toString()));
        }
    }

    /** Made-up words, so the generated articles have a realistic number of distinct terms. */
    private static List<String> vocabulary(Random random) {
        return Stream.generate(() -> {
            StringBuilder word = new StringBuilder();
            int length = 3 + random.nextInt(8);
            for (int c = 0; c < length; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            return word.toString();
        }).limit(5_000).toList();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire puts the real test class path here; a plain JVM has it in java.class.path. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
