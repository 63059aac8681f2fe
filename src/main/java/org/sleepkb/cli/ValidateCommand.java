package org.sleepkb.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sleepkb.corpus.Corpus;
import org.sleepkb.corpus.CorpusReader;
import org.sleepkb.corpus.Problem;
import org.sleepkb.index.SynonymRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks the corpus against the format and editorial rules without touching the index. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every corpus file; exit 0 when the corpus is valid, 1 with one line per problem otherwise.")
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private Locations locations;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Corpus corpus = new CorpusReader().read(locations.corpus());
        List<Problem> problems = new ArrayList<>(corpus.problems());
        problems.addAll(SynonymRules.of(corpus.synonyms()).problems());
        problems.forEach(problem -> spec.commandLine().getOut().println(problem));
        long errors = problems.stream().filter(Problem::isError).count();
        spec.commandLine().getOut().printf("%d articles, %d substances, %d topics: %d errors, %d warnings%n",
                corpus.articles().size(), corpus.substances().size(), corpus.topics().size(),
                errors, problems.size() - errors);
        return errors == 0 ? 0 : 1;
    }
}
