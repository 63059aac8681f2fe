package org.sleepkb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.embed.Embedder;
import org.sleepkb.embed.SentenceModel;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;

/**
 * Search latency on the bundled corpus, lexical and hybrid, through the public API: indexes the
 * corpus (with vectors) into a temporary folder, warms up, then times every query of a query file
 * (one query per line, optionally followed by a tab and anything) several times over, each time
 * with a new searcher, so every query is embedded afresh.
 *
 * <p>Run from a checkout after {@code mvn package}:
 * {@code java -cp target/sleepkb.jar bench/SearchLatency.java corpus src/test/resources/judged-queries.tsv}
 */
public class SearchLatency {

    private static final int ROUNDS = 20;

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        List<String> queries = Files.readAllLines(Path.of(args.length > 1 ? args[1] : "src/test/resources/judged-queries.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t")[0])
                .toList();
        Optional<Embedder> model = SentenceModel.shared();
        Path index = Files.createTempDirectory("sleepkb-bench-");
        try (IndexStore store = IndexStore.open(index, model)) {
            store.reindex(new CorpusReader().read(corpus), true);
            report("lexical", () -> new Searcher(store, EngineOptions.DEFAULTS), queries);
            report("hybrid", () -> new Searcher(store, EngineOptions.DEFAULTS.withEmbedder(model)), queries);
        }
    }

    /**
     * A fresh searcher per round: the searcher caches query vectors, and a benchmark of repeated
     * queries would measure the cache instead of the embedding.
     */
    private static void report(String name, Supplier<Searcher> searchers, List<String> queries) {
        for (int round = 0; round < 5; round++) {
            Searcher searcher = searchers.get();
            queries.forEach(query -> searcher.search(SearchRequest.of(query)));
        }
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Searcher searcher = searchers.get();
            searcher.search(SearchRequest.of("warm up"));
            for (String query : queries) {
                long start = System.nanoTime();
                searcher.search(SearchRequest.of(query));
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%-8s %d searches: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", name, millis.size(),
                at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis.get(millis.size() - 1));
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
