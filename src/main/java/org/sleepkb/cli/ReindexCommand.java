package org.sleepkb.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.corpus.read.CorpusUnavailableException;
import org.sleepkb.index.MassRemovalException;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.solr.SolrEngine;
import org.sleepkb.search.solr.SolrOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Brings the index up to date with the corpus. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Index every valid article. Only added, changed and removed files are re-read unless --full is given.",
                "Each passage also gets a vector for semantic search; vectors of unchanged passages are reused.",
                "Skipped files are named with their reason; exit 1 if any article was skipped, or if nothing was",
                "changed because the corpus folder cannot be read or more than half of the articles would go;",
                "exit 2 if another process (a running server) is writing the index."})
public final class ReindexCommand implements Callable<Integer> {

    @Mixin
    private Locations locations;

    @Mixin
    private SemanticSwitch semantic;

    @Mixin
    private EngineChoice engineChoice;

    @Option(names = "--rollback", description = "with --engine solr: move the alias back to the collection before the last reindex")
    private boolean rollback;

    @Option(names = "--full", description = "rebuild the whole index instead of only what changed")
    private boolean full;

    @Option(names = "--allow-mass-removal", description = "let this reindex remove more than half of the indexed articles")
    private boolean allowMassRemoval;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<SolrOptions> solr = engineChoice.solr();
        if (rollback) {
            return rollback(solr.orElseThrow(() -> new IllegalArgumentException("--rollback needs --engine solr")));
        }
        var out = spec.commandLine().getOut();
        ReindexSummary summary;
        try (SearchEngine engine = solr.isPresent() ? SolrEngine.open(solr.get(), semantic.embedder())
                : EmbeddedEngine.open(locations.index(), EngineOptions.DEFAULTS.withEmbedder(semantic.embedder()))) {
            summary = engine.reindex(() -> new CorpusReader().readForIndex(locations.corpus()), full, allowMassRemoval);
        } catch (CorpusUnavailableException | MassRemovalException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
        summary.problems().forEach(out::println);
        for (String slug : summary.skipped()) {
            out.println("skipped: " + slug + " (see the problems above)");
        }
        out.println(summary.describe());
        return summary.skipped().isEmpty() ? 0 : 1;
    }

    private int rollback(SolrOptions solr) throws IOException {
        try (SolrEngine engine = SolrEngine.connect(solr)) {
            if (!engine.rollback()) {
                spec.commandLine().getErr().println("no earlier collection behind the alias " + solr.alias() + " to roll back to");
                return 1;
            }
            spec.commandLine().getOut().println("the alias " + solr.alias() + " now names " + engine.aliasTarget().orElse("?"));
            return 0;
        }
    }
}
