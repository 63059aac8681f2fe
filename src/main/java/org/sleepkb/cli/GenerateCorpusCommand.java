package org.sleepkb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.eval.BeirDataset;
import org.sleepkb.eval.EvalInputException;
import org.sleepkb.eval.ScaleCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a large corpus from a BEIR dataset, for benchmarks at scale (docs/performance.md). */
@Command(name = "generate-corpus", mixinStandardHelpOptions = true,
        description = {"Write a corpus for scale tests: the documents of a BEIR dataset as article files, repeated "
                + "--copies times under distinct slugs, with the topics, substance profiles and synonyms of an existing corpus.",
                "28 copies of NFCorpus's 3,633 documents give 101,724 articles. Exit 1 when an input cannot be read."})
public final class GenerateCorpusCommand implements Callable<Integer> {

    @Option(names = "--beir", paramLabel = "DIR", required = true,
            description = "BEIR dataset folder (corpus.jsonl, queries.jsonl, qrels/test.tsv)")
    private Path beir;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "1", description = "times each document is written (default: ${DEFAULT-VALUE})")
    private int copies;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder of the new corpus; it must hold no articles yet")
    private Path out;

    @Option(names = "--shared-from", paramLabel = "DIR", defaultValue = "corpus",
            description = "corpus whose topics.yaml, classes.yaml, substances/, products/ and synonyms.txt are copied (default: ${DEFAULT-VALUE})")
    private Path sharedFrom;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(sharedFrom)) {
            throw new IllegalArgumentException("the corpus folder " + sharedFrom + " does not exist; pass it with --shared-from");
        }
        Corpus shared = new CorpusReader().read(sharedFrom);
        BeirDataset dataset;
        try {
            dataset = BeirDataset.read(beir, "test");
        } catch (EvalInputException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
        int written = new ScaleCorpus(dataset.documents(), shared.topics()).write(copies, sharedFrom, out);
        spec.commandLine().getOut().printf("%d articles (%d documents x %d) written to %s%n",
                written, dataset.documents().size(), copies, out);
        return 0;
    }
}
