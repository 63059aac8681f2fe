package org.sleepkb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
import org.sleepkb.embed.Embedder;
import org.sleepkb.embed.SentenceModel;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;

/**
 * In-process search latency: {@link Searcher#search} (parse, ranking, highlighting, facets and the
 * safety panel of every hit) against the {@link LuceneBaseline} over the same articles, with the
 * same {@link QueryMix}, in the same run. Sample time gives the percentiles (p50, p99).
 *
 * <p>{@code -p corpus=DIR} picks the corpus (default: the bundled one), {@code -p beir=DIR} adds the
 * NFCorpus queries to the mix, {@code -p work=DIR} keeps the built indexes for the next run, and
 * {@code -p semantic=true,false} measures hybrid search (the sentence model loaded, passage vectors
 * indexed) beside search by words alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class SearchBenchmark {

    @Param("corpus")
    public String corpus;

    @Param("")
    public String beir;

    @Param("")
    public String work;

    @Param("false")
    public boolean semantic;

    private Path workFolder;
    private boolean temporary;
    private IndexStore store;
    private Searcher searcher;
    private LuceneBaseline baseline;
    private List<String> queries;

    /** Each thread walks the query mix in order, so both sides see the same queries. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        String next(List<String> queries) {
            String query = queries.get(next);
            next = (next + 1) % queries.size();
            return query;
        }
    }

    @Setup(Level.Trial)
    public void open() throws IOException {
        temporary = work.isBlank();
        workFolder = temporary ? Files.createTempDirectory("sleepkb-bench") : Path.of(work);
        Optional<Embedder> embedder = semantic ? SentenceModel.shared() : Optional.empty();
        if (semantic && embedder.isEmpty()) {
            throw new IllegalStateException("the sentence model did not load; see the log above");
        }
        BenchIndexes.prepare(Path.of(corpus), workFolder, embedder);
        store = IndexStore.open(BenchIndexes.sleepkb(workFolder, embedder), embedder);
        searcher = new Searcher(store, EngineOptions.DEFAULTS.withEmbedder(embedder));
        baseline = LuceneBaseline.open(BenchIndexes.baseline(workFolder));
        queries = QueryMix.of(Path.of("corpus"), beir.isBlank() ? null : Path.of(beir));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        baseline.close();
        store.close();
        if (temporary) {
            BenchIndexes.delete(workFolder);
        }
    }

    @Benchmark
    public SearchResult sleepkb(Cursor cursor) {
        return searcher.search(SearchRequest.of(cursor.next(queries)));
    }

    @Benchmark
    public List<String> luceneBaseline(Cursor cursor) throws IOException {
        return baseline.search(cursor.next(queries));
    }
}
