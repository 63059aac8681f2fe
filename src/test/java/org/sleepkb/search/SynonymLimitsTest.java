package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepkb.Main;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.corpus.Problem;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.index.SynonymRules;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;
import picocli.CommandLine;

/**
 * One huge synonym group (an editor pasting a word list) is named by {@code validate} and the
 * reindex, and left out of query analysis, so a query with one of its words still answers and
 * the other rules keep working.
 */
class SynonymLimitsTest {

    @TempDir
    Path corpusDir;

    @TempDir
    Path indexDir;

    /** The fixture's two rules, then one group of {@code size} words with "sleep" among them, on line 3. */
    private TestCorpus corpusWithGroupOf(int size) {
        String group = "sleep, " + IntStream.range(1, size).mapToObj(i -> "zzword" + i).collect(Collectors.joining(", "));
        return TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir)
                .write("synonyms.txt", ("sleeplessness, insomnia\nketum => kratom\n" + group + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 1000})
    void validateNamesTheGroupAndItsLine(int size) {
        TestCorpus corpus = corpusWithGroupOf(size);
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));

        int exit = commandLine.execute("validate", "--corpus", corpus.root().toString());

        assertEquals(1, exit, out.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("synonyms.txt:3: error: ") && l.contains(size + " words")),
                out.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 1000, 3000})
    void aQueryWithAWordOfTheGroupAnswersAndTheOtherRulesStillApply(int size) throws IOException {
        TestCorpus corpus = corpusWithGroupOf(size);
        try (IndexStore store = IndexStore.open(indexDir)) {
            ReindexSummary summary = store.reindex(new CorpusReader().read(corpus.root()), true);
            Searcher searcher = new Searcher(store, EngineOptions.DEFAULTS);

            assertTrue(summary.problems().stream().anyMatch(p -> p.file().equals("synonyms.txt") && p.line() == 3),
                    summary.problems().toString());
            assertFalse(searcher.search(SearchRequest.of("sleep", 5)).hits().isEmpty());
            assertFalse(searcher.search(SearchRequest.of("how much sleep do teenagers need", 5)).hits().isEmpty());
            assertEquals(searcher.search(SearchRequest.of("kratom", 5)).hits().stream().map(Hit::slug).toList(),
                    searcher.search(SearchRequest.of("ketum", 5)).hits().stream().map(Hit::slug).toList(),
                    "ketum => kratom still applies");
        }
    }

    @Test
    void aWordInManyGroupsIsRefusedWhereItWouldStandForTooManyWords() {
        String group = IntStream.range(0, 20).mapToObj(i -> "zzword" + i).collect(Collectors.joining(", "));
        String other = IntStream.range(0, 20).mapToObj(i -> "yyword" + i).collect(Collectors.joining(", "));

        List<Problem> problems = SynonymRules.of("sleep, " + group + "\nsleeping, " + other + "\n").problems();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().startsWith("synonyms.txt:2: error: with this rule \"sleeping\" stands for 42"),
                problems.toString());
    }

    @Test
    void aRuleThatCannotBeReadIsNamedByValidateAndTheOtherRulesStillApply() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir)
                .write("synonyms.txt", "sleeplessness, insomnia\nthe => \nketum => kratom\n".getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));

        int exit = commandLine.execute("validate", "--corpus", corpus.root().toString());

        assertEquals(1, exit, out.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("synonyms.txt:2: error: ")), out.toString());
        try (IndexStore store = IndexStore.open(indexDir)) {
            store.reindex(new CorpusReader().read(corpus.root()), true);
            Searcher searcher = new Searcher(store, EngineOptions.DEFAULTS);
            assertEquals(searcher.search(SearchRequest.of("kratom", 5)).hits().stream().map(Hit::slug).toList(),
                    searcher.search(SearchRequest.of("ketum", 5)).hits().stream().map(Hit::slug).toList(),
                    "ketum => kratom, in the same file, still applies");
        }
    }
}
