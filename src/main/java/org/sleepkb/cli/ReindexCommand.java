package org.sleepkb.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.sleepkb.corpus.Corpus;
import org.sleepkb.corpus.CorpusReader;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Brings the index up to date with the corpus. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Index every valid article. Only added, changed and removed files are re-read unless --full is given.",
                "Each passage also gets a vector for semantic search; vectors of unchanged passages are reused.",
                "Skipped files are named with their reason; exit 1 if any article was skipped."})
public final class ReindexCommand implements Callable<Integer> {

    @Mixin
    private Locations locations;

    @Mixin
    private SemanticSwitch semantic;

    @Option(names = "--full", description = "rebuild the whole index instead of only what changed")
    private boolean full;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Corpus corpus = new CorpusReader().read(locations.corpus());
        ReindexSummary summary;
        try (SearchEngine engine = EmbeddedEngine.open(locations.index(), EngineOptions.DEFAULTS.withEmbedder(semantic.embedder()))) {
            summary = engine.reindex(corpus, full);
        }
        var out = spec.commandLine().getOut();
        summary.problems().forEach(out::println);
        for (String slug : summary.skipped()) {
            out.println("skipped: " + slug + " (see the problems above)");
        }
        out.println(summary.describe());
        return summary.skipped().isEmpty() ? 0 : 1;
    }
}
