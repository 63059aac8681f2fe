package org.sleepkb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sleepkb.embed.Embedder;
import org.sleepkb.eval.BeirDataset;
import org.sleepkb.eval.BeirEvaluation;
import org.sleepkb.eval.EvalInputException;
import org.sleepkb.eval.Metrics;
import org.sleepkb.eval.RelatedEvaluation;
import org.sleepkb.search.RelatedBlend;
import org.sleepkb.search.SearchMode;
import org.sleepkb.search.solr.SolrOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Measures search quality on a BEIR benchmark with the product's own indexing and ranking. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Index a BEIR dataset into a temporary index, run every query of a split, and print "
                + "nDCG@10, Recall@100 and MRR@10 as `trec_eval -c` computes them.",
                "With --engine solr the dataset goes into the alias <--solr-alias>" + EvalCommand.ALIAS_SUFFIX
                        + " of the cluster (each run replaces what it held), never into the knowledge base's own alias.",
                "Exit 1 when the dataset cannot be read."})
public final class EvalCommand implements Callable<Integer> {

    /** What the benchmark's Solr alias adds to the knowledge base's alias name, so an eval never replaces the articles. */
    static final String ALIAS_SUFFIX = "-eval";

    /** Splits a BEIR dataset may judge. */
    enum Split { test, dev, train }

    @Option(names = "--beir", paramLabel = "DIR", required = true,
            description = "dataset folder with corpus.jsonl, queries.jsonl and qrels/<split>.tsv")
    private Path folder;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test",
            description = "qrels split to run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private Split split;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "hybrid",
            description = "rank by words (lexical), by meaning (semantic) or both fused (hybrid); "
                    + "without the sentence model only lexical runs (default: ${DEFAULT-VALUE})")
    private String mode;

    @Option(names = "--index", paramLabel = "DIR",
            description = "keep the benchmark's index in DIR: a later run reuses its passage vectors instead of "
                    + "embedding every document again (default: a temporary folder, deleted afterwards)")
    private Path index;

    @Option(names = "--related",
            description = "measure related articles instead of search: two documents are related when a query of the split "
                    + "judges both relevant; prints P@5, R@5 and nDCG@5 for lexical, vector and blended related lists "
                    + "(needs the sentence model; ignores --mode)")
    private boolean related;

    @Mixin
    private SemanticSwitch semantic;

    @Mixin
    private EngineChoice engineChoice;

    @Option(names = "--run-out", paramLabel = "FILE",
            description = "also write the run in TREC format (qid Q0 docid rank score tag), up to "
                    + BeirEvaluation.DEPTH + " hits per query")
    private Path runOut;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        BeirDataset dataset;
        try {
            dataset = BeirDataset.read(folder, split.name());
        } catch (EvalInputException e) {
            return fail(e.getMessage());
        }
        if (related) {
            return measureRelated(dataset, out);
        }
        SearchMode wanted;
        try {
            wanted = SearchMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fail("--mode must be lexical, semantic or hybrid, not " + mode);
        }
        Optional<SolrOptions> solr = engineChoice.solr().map(cluster -> new SolrOptions(cluster.urls(),
                cluster.alias() + ALIAS_SUFFIX, cluster.shards(), cluster.replicas(), cluster.clock()));
        if (solr.isPresent() && (wanted == SearchMode.SEMANTIC || index != null)) {
            return fail("--engine solr ranks by words (lexical) or words and meaning fused (hybrid), and keeps its index "
                    + "in the cluster: use --mode lexical or hybrid, without --index");
        }
        Optional<Embedder> model = wanted == SearchMode.LEXICAL && index == null ? Optional.empty() : semantic.embedder();
        if (wanted != SearchMode.LEXICAL && model.isEmpty()) {
            return fail("--mode " + mode + " needs the sentence model, which is switched off "
                    + "or could not load; use --mode lexical");
        }
        long start = System.nanoTime();
        BeirEvaluation.Outcome outcome = BeirEvaluation.evaluate(dataset, wanted, model, index, solr, System.err);
        if (runOut != null) {
            outcome.run().write(runOut, "sleepkb");
        }
        Metrics metrics = outcome.metrics();
        out.printf("%s %s, %s%s: %d queries, %d documents, %.1f s%n", dataset.name(), dataset.split(),
                wanted.name().toLowerCase(Locale.ROOT), solr.map(s -> " on Solr (" + s.alias() + ")").orElse(""), metrics.queries(),
                outcome.documents(), (System.nanoTime() - start) / 1e9);
        out.printf("nDCG@10     %.4f%n", metrics.ndcg10());
        out.printf("Recall@100  %.4f%n", metrics.recall100());
        out.printf("MRR@10      %.4f%n", metrics.mrr10());
        if (runOut != null) {
            out.println("run written to " + runOut);
        }
        return 0;
    }

    /** Says what is wrong on standard error; the exit code of a refused evaluation. */
    private int fail(String message) {
        spec.commandLine().getErr().println("error: " + message);
        return 1;
    }

    /** Vector weights tried against the lexical signal's weight of 1. */
    private static final List<Float> BLEND_WEIGHTS = List.of(0.5f, 1f, 2f, 4f, 8f, 16f);

    private Integer measureRelated(BeirDataset dataset, PrintWriter out) throws IOException {
        Optional<Embedder> model = semantic.embedder();
        if (model.isEmpty()) {
            return fail("--related needs the sentence model, which is switched off or could not load");
        }
        List<RelatedBlend> blends = new ArrayList<>(List.of(RelatedBlend.LEXICAL, RelatedBlend.VECTOR));
        BLEND_WEIGHTS.forEach(w -> blends.add(new RelatedBlend(1f, w)));
        List<RelatedEvaluation.Scores> scores = RelatedEvaluation.evaluate(dataset, blends, model, index, System.err);
        out.printf("%s %s, related articles: %d documents%n", dataset.name(), dataset.split(),
                scores.isEmpty() ? 0 : scores.get(0).documents());
        out.println("lexical  vector  P@5     R@5     nDCG@5");
        for (RelatedEvaluation.Scores s : scores) {
            out.printf("%-8.2f %-7.2f %.4f  %.4f  %.4f%n", s.blend().lexicalWeight(), s.blend().vectorWeight(),
                    s.precision5(), s.recall5(), s.ndcg5());
        }
        return 0;
    }
}
