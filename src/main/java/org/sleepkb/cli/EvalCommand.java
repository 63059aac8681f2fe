package org.sleepkb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sleepkb.eval.BeirDataset;
import org.sleepkb.eval.BeirEvaluation;
import org.sleepkb.eval.EvalInputException;
import org.sleepkb.eval.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Measures search quality on a BEIR benchmark with the product's own indexing and ranking. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Index a BEIR dataset into a temporary index, run every query of a split, and print "
                + "nDCG@10, Recall@100 and MRR@10 as `trec_eval -c` computes them.",
                "Exit 1 when the dataset cannot be read."})
public final class EvalCommand implements Callable<Integer> {

    /** Splits a BEIR dataset may judge. */
    enum Split { test, dev, train }

    @Option(names = "--beir", paramLabel = "DIR", required = true,
            description = "dataset folder with corpus.jsonl, queries.jsonl and qrels/<split>.tsv")
    private Path folder;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test",
            description = "qrels split to run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private Split split;

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
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
        long start = System.nanoTime();
        BeirEvaluation.Outcome outcome = BeirEvaluation.evaluate(dataset, System.err);
        if (runOut != null) {
            outcome.run().write(runOut, "sleepkb");
        }
        Metrics metrics = outcome.metrics();
        out.printf("%s %s: %d queries, %d documents, %.1f s%n", dataset.name(), dataset.split(), metrics.queries(),
                outcome.documents(), (System.nanoTime() - start) / 1e9);
        out.printf("nDCG@10     %.4f%n", metrics.ndcg10());
        out.printf("Recall@100  %.4f%n", metrics.recall100());
        out.printf("MRR@10      %.4f%n", metrics.mrr10());
        if (runOut != null) {
            out.println("run written to " + runOut);
        }
        return 0;
    }
}
