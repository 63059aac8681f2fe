package org.sleepkb.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.embed.Embedder;
import org.sleepkb.search.RankedArticle;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.SearchMode;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.solr.SolrEngine;
import org.sleepkb.search.solr.SolrOptions;

/**
 * Measures the product's ranking on a BEIR dataset: indexes its documents with the production
 * indexer into a temporary index (or a SolrCloud collection alias), ranks every query of the split
 * with the production search engine, and scores the run against the qrels.
 */
public final class BeirEvaluation {

    /** Hits kept per query, as BEIR runs keep them. */
    public static final int DEPTH = 1000;

    /** The run and its scores. */
    public record Outcome(Run run, Metrics metrics, int documents) {
    }

    private BeirEvaluation() {
    }

    /** @param progress where the progress bars go (standard error on the command line) */
    public static Outcome evaluate(BeirDataset dataset, PrintStream progress) throws IOException {
        return evaluate(dataset, SearchMode.LEXICAL, Optional.empty(), null, progress);
    }

    /**
     * @param model  the sentence model for the semantic and hybrid modes
     * @param kept   a folder to keep the index in, so that later runs reuse its vectors; null for a temporary one
     */
    public static Outcome evaluate(BeirDataset dataset, SearchMode mode, Optional<Embedder> model, Path kept,
                                   PrintStream progress) throws IOException {
        return evaluate(dataset, mode, model, kept, Optional.empty(), progress);
    }

    /**
     * @param solr the SolrCloud whose alias the dataset is indexed into and ranked from (a full reindex replaces what
     *             the alias held; lexical or hybrid), or empty for an embedded index
     */
    public static Outcome evaluate(BeirDataset dataset, SearchMode mode, Optional<Embedder> model, Path kept,
                                   Optional<SolrOptions> solr, PrintStream progress) throws IOException {
        BeirArticles articles = new BeirArticles(dataset.documents());
        Measurement<Outcome> queries = engine -> {
            Run run = new Run();
            ProgressBar bar = new ProgressBar(progress, "queries", dataset.queries().size());
            for (Map.Entry<String, String> query : dataset.queries().entrySet()) {
                List<Run.Entry> ranking = new ArrayList<>();
                for (RankedArticle hit : engine.rank(query.getValue(), DEPTH)) {
                    ranking.add(new Run.Entry(articles.docId(hit.slug()), hit.score()));
                }
                run.add(query.getKey(), ranking);
                bar.step();
            }
            return new Outcome(run, Metrics.of(run, dataset.qrels()), dataset.documents().size());
        };
        if (solr.isPresent()) {
            try (SearchEngine engine = SolrEngine.open(solr.get(), mode == SearchMode.LEXICAL ? Optional.empty() : model)) {
                index(engine, dataset, articles, progress);
                return queries.measure(engine);
            }
        }
        return withEngine(dataset, articles, mode, model, kept, progress, queries);
    }

    /** What is measured with a search engine over the indexed dataset. */
    interface Measurement<T> {
        T measure(SearchEngine engine) throws IOException;
    }

    /** Indexes the dataset's documents with the production indexer and measures with the production search engine. */
    static <T> T withEngine(BeirDataset dataset, BeirArticles articles, SearchMode mode, Optional<Embedder> model, Path kept,
                              PrintStream progress, Measurement<T> measurement) throws IOException {
        Path folder = kept != null ? kept : Files.createTempDirectory("sleepkb-eval-");
        // A kept index keeps its vectors even for a lexical run, so the next semantic run needs not embed again.
        Optional<Embedder> indexing = mode == SearchMode.LEXICAL && kept == null ? Optional.empty() : model;
        try (SearchEngine engine = EmbeddedEngine.open(folder, EngineOptions.DEFAULTS.withEmbedder(indexing).withMode(mode))) {
            index(engine, dataset, articles, progress);
            return measurement.measure(engine);
        } finally {
            if (kept == null) {
                deleteRecursively(folder);
            }
        }
    }

    /** A full reindex of the dataset's documents; it may replace every article the engine held before (another dataset). */
    private static void index(SearchEngine engine, BeirDataset dataset, BeirArticles articles, PrintStream progress) throws IOException {
        progress.println("indexing " + dataset.documents().size() + " documents of " + dataset.name() + " ...");
        Corpus corpus = new Corpus(articles.articles(), Map.of(), Map.of(), List.of(), "", List.of(), List.of(), dataset.name());
        engine.reindex(() -> corpus, true, true);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
