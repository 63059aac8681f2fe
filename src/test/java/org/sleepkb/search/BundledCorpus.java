package org.sleepkb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.sleepkb.io.TemporaryFolder;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;

/**
 * The repository's own corpus, indexed once per test run into a temporary folder, so the search
 * tests run against the real articles, synonyms and safety profiles.
 */
public final class BundledCorpus {

    /** A fixed day, so review dates never go stale under the tests. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);

    private static Searcher searcher;
    private static IndexStore store;

    private BundledCorpus() {
    }

    public static synchronized Searcher searcher() {
        if (searcher == null) {
            try {
                Path folder = Files.createTempDirectory("sleepkb-test-index-");
                store = IndexStore.open(folder, TODAY);
                Corpus corpus = new CorpusReader(TODAY).read(Path.of("corpus"));
                if (corpus.hasErrors()) {
                    throw new IllegalStateException("the bundled corpus has errors: " + corpus.problems());
                }
                store.reindex(corpus, true);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAtExit(store, folder)));
                searcher = new Searcher(store, EngineOptions.DEFAULTS.withClock(TODAY));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return searcher;
    }

    /** The index under {@link #searcher()}, for tests that compare with Lucene's own answers. */
    public static synchronized IndexStore store() {
        searcher();
        return store;
    }

    private static void deleteAtExit(IndexStore store, Path folder) {
        try {
            store.close();
            TemporaryFolder.delete(folder);
        } catch (IOException e) {
            // the JVM is exiting; a leftover temporary folder does no harm
        }
    }
}
