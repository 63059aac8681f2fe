package org.sleepkb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.ReindexSummary;

/**
 * Reindex times after JVM warm-up, each one a single shot that reads the corpus folder and
 * commits: a full rebuild, and the incremental reindex after one article file changed (what
 * {@code serve} and the admin reindex do). Works on a copy of the corpus, which it edits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 30)
@Fork(1)
public class IndexingBenchmark {

    @Param("corpus")
    public String corpus;

    private Path work;
    private Path copy;
    private IndexStore store;
    private Path edited;
    private int edits;

    @Setup(Level.Trial)
    public void open() throws IOException {
        work = Files.createTempDirectory("sleepkb-bench-indexing");
        copy = work.resolve("corpus");
        BenchIndexes.copy(Path.of(corpus), copy);
        store = IndexStore.open(work.resolve("index"));
        store.reindex(new CorpusReader().read(copy), true);
        try (Stream<Path> articles = Files.list(copy.resolve(CorpusReader.ARTICLES))) {
            edited = articles.sorted().findFirst().orElseThrow();
        }
    }

    /** Changes one article before each shot; the full rebuild re-reads it like any other. */
    @Setup(Level.Iteration)
    public void editOneArticle() throws IOException {
        Files.writeString(edited, "\n\nRevised in benchmark edit " + (++edits) + ".\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        BenchIndexes.delete(work);
    }

    @Benchmark
    public ReindexSummary fullReindex() throws IOException {
        return store.reindex(new CorpusReader().read(copy), true);
    }

    @Benchmark
    public ReindexSummary incrementalReindexOfOneChangedFile() throws IOException {
        ReindexSummary summary = store.reindex(new CorpusReader().read(copy), false);
        if (summary.updated() != 1) {
            throw new IllegalStateException("expected one updated article, got " + summary.describe());
        }
        return summary;
    }
}
