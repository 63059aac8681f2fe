package org.sleepkb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sleepkb.io.Json;
import org.sleepkb.corpus.Source;
import org.sleepkb.search.safety.About;
import org.sleepkb.search.safety.Combination;
import org.sleepkb.search.Hit;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.solr.SolrEngine;
import org.sleepkb.search.crisis.Helpline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Searches the index from the command line, each hit with a one-line safety summary. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index; every hit shows its evidence grade, highest substance risk and first warning.")
public final class SearchCommand implements Callable<Integer> {

    @Mixin
    private Locations locations;

    @Mixin
    private SemanticSwitch semantic;

    @Mixin
    private EngineChoice engineChoice;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "hits to show, 1 to " + SearchRequest.MAX_PAGE_SIZE + " (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--json", description = "print the result as JSON, in the shape the HTTP API returns")
    private boolean json;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "the words to search for")
    private List<String> words;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<SearchEngine> opened = engineChoice.solr().isPresent() ? engineChoice.solr().map(solr -> SolrEngine.open(solr, semantic.embedder()))
                : EmbeddedEngine.openExisting(locations.index(), EngineOptions.DEFAULTS.withEmbedder(semantic.embedder()));
        if (opened.isEmpty()) {
            spec.commandLine().getErr().println("no index at " + locations.index() + "; run `reindex` first");
            return 1;
        }
        try (SearchEngine engine = opened.get()) {
            SearchResult result = engine.search(SearchRequest.of(String.join(" ", words), limit));
            if (json) {
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } else {
                print(result, out);
            }
        }
        return 0;
    }

    private static void print(SearchResult result, PrintWriter out) {
        if (result.crisis() != null) {
            out.println(result.crisis().banner().heading());
            for (Helpline line : result.crisis().lines()) {
                out.printf("  %s  %s  %s%n", line.region(), line.number() != null ? line.number() : line.url(), line.name());
            }
            out.println();
        }
        if (result.correctedFrom() != null) {
            out.printf("Showing results for \"%s\" (no results for \"%s\")%n", result.query(), result.correctedFrom());
        } else if (result.suggestion() != null) {
            out.printf("Did you mean \"%s\"?%n", result.suggestion());
        }
        for (Combination combination : result.combinations()) {
            out.printf("Together: %s: %s - %s (%s)%n", String.join(" + ", combination.substances()),
                    combination.severity().id(), combination.effect(),
                    combination.sources().stream().map(Source::publisher).distinct().collect(Collectors.joining(", ")));
        }
        for (About about : result.about()) {
            if (about.isProduct()) {
                out.printf("%s contains %s%n", about.name(), about.ingredients().stream()
                        .map(About.Ingredient::name).collect(Collectors.joining(", ")));
            } else {
                out.printf("%s: %s | %s%n", about.name(), about.risk().label().toLowerCase(Locale.ROOT), about.warning());
            }
        }
        out.printf("%d results for \"%s\" (%.1f ms)%n", result.total(), result.query(), result.tookMs());
        int rank = (result.page() - 1) * result.pageSize();
        for (Hit hit : result.hits()) {
            out.printf("%n%d. %s  [%s]%n", ++rank, hit.title(), hit.slug());
            if (!hit.matchesWords()) {
                out.println("   (does not contain the words you searched for: listed as closely related)");
            }
            out.println("   " + hit.snippet().replace("<mark>", "").replace("</mark>", "")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));
            out.println("   Safety: " + SafetyLine.of(hit.safety()));
        }
        out.println();
        out.println("This is information, not medical advice.");
    }
}
