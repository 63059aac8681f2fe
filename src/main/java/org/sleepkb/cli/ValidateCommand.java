package org.sleepkb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.corpus.Problem;
import org.sleepkb.index.SynonymRules;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks the corpus against the format and editorial rules without touching the index. It reads
 * the index only to say which broken articles it still serves at their last good version, so the
 * count here and the server's agree once those are added.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every corpus file; exit 0 when the corpus is valid, 1 with one line per problem otherwise.")
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private Locations locations;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Corpus corpus = new CorpusReader().read(locations.corpus());
        List<Problem> problems = new ArrayList<>(corpus.problems());
        problems.addAll(SynonymRules.of(corpus.synonyms()).problems());
        problems.forEach(out::println);
        List<String> kept = keptAtLastGood(corpus, out);
        for (String slug : kept) {
            out.println(fileOf(slug, corpus) + ": kept at its last good version: the index at " + locations.index()
                    + " serves the version indexed before this file broke, until it is fixed and reindexed");
        }
        long errors = problems.stream().filter(Problem::isError).count();
        out.printf("%d articles%s, %d substances, %d topics: %d errors, %d warnings%n",
                corpus.articles().size(),
                kept.isEmpty() ? "" : ", plus " + kept.size() + " kept at its last good version in the index (" + String.join(", ", kept) + ")",
                corpus.substances().size(), corpus.topics().size(), errors, problems.size() - errors);
        return errors == 0 ? 0 : 1;
    }

    /** The broken articles whose earlier version the index holds; none without an index. */
    private List<String> keptAtLastGood(Corpus corpus, PrintWriter out) {
        if (corpus.brokenSlugs().isEmpty()) {
            return List.of();
        }
        try {
            Optional<SearchEngine> opened = EmbeddedEngine.openExisting(locations.index(), EngineOptions.DEFAULTS);
            if (opened.isEmpty()) {
                return List.of();
            }
            try (SearchEngine engine = opened.get()) {
                return corpus.brokenSlugs().stream().filter(slug -> engine.article(slug).isPresent()).sorted().toList();
            }
        } catch (IOException | RuntimeException e) {
            out.println("(the index at " + locations.index() + " could not be read to compare: " + e.getMessage() + ")");
            return List.of();
        }
    }

    /** The file a broken slug was read from, as its problems name it. */
    private static String fileOf(String slug, Corpus corpus) {
        return corpus.problems().stream().map(Problem::file)
                .filter(file -> file.startsWith(CorpusReader.ARTICLES + "/" + slug + "."))
                .findFirst().orElse(CorpusReader.ARTICLES + "/" + slug);
    }
}
