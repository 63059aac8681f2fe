package org.sleepkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.io.Json;
import org.sleepkb.Main;
import org.sleepkb.TestCorpus;
import picocli.CommandLine;

/** The command line as a person uses it, over the bundled corpus and broken copies of the fixture. */
class CommandLineTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @TempDir
    static Path bundledIndex;

    @BeforeAll
    static void indexTheBundledCorpus() {
        Run reindex = run("reindex", "--no-semantic", "--corpus", TestCorpus.BUNDLED.toString(), "--index", bundledIndex.toString());
        assertEquals(0, reindex.exitCode(), reindex.out() + reindex.err());
    }

    @Test
    void searchKratomSleepPutsTheSeedArticleFirstWithItsSafetyData() throws Exception {
        Run search = run("search", "--index", bundledIndex.toString(), "--json", "kratom", "sleep");

        assertEquals(0, search.exitCode(), search.err());
        JsonNode result = Json.MAPPER.readTree(search.out());
        assertEquals("kratom sleep", result.get("query").asText());
        assertTrue(result.get("total").asLong() > 0);
        JsonNode first = result.get("hits").get(0);
        assertEquals("kratom-stress-relief-and-sleep", first.get("slug").asText());
        for (String field : new String[] {"title", "summary", "snippet", "score", "topics", "substances", "safety"}) {
            assertTrue(first.has(field), "hit has " + field);
        }
        JsonNode safety = first.get("safety");
        assertEquals("very-low", safety.get("evidence").asText());
        assertFalse(safety.get("editorialNote").asText().isBlank());
        assertTrue(safety.has("reviewed"));
        JsonNode kratom = safety.get("substances").get(0);
        assertEquals("kratom", kratom.get("id").asText());
        assertEquals("high", kratom.get("risk").asText());
        assertFalse(kratom.get("name").asText().isBlank());
        assertFalse(safety.get("warning").asText().isBlank());
        assertFalse(safety.get("regulatory").asText().isBlank());
        assertFalse(safety.get("interaction").get("effect").asText().isBlank());
        assertEquals("major", safety.get("interaction").get("severity").asText());
    }

    @Test
    void searchJsonCarriesTheCardAndTheCombinationsOfWhatWasNamed() throws Exception {
        Run search = run("search", "--index", bundledIndex.toString(), "--json", "nyquil", "and", "ambien");

        assertEquals(0, search.exitCode(), search.err());
        JsonNode result = Json.MAPPER.readTree(search.out());
        List<String> about = new ArrayList<>();
        result.get("about").forEach(entry -> about.add(entry.get("id").asText()));
        assertTrue(about.containsAll(List.of("nyquil", "acetaminophen", "doxylamine", "z-drugs")), about.toString());
        JsonNode combination = result.get("combinations").get(0);
        assertTrue(combination.get("substances").toString().contains("z-drugs"), combination.toString());
        assertFalse(combination.get("sources").isEmpty());

        Run plain = run("search", "--index", bundledIndex.toString(), "ambien", "and", "alcohol");
        assertTrue(plain.out().lines().anyMatch(line -> line.startsWith("Together: z-drugs + alcohol: major")), plain.out());
    }

    @Test
    void plainSearchOutputShowsASafetyLineUnderEveryHit() {
        Run search = run("search", "--index", bundledIndex.toString(), "--limit", "3", "melatonin", "with", "alcohol");

        assertEquals(0, search.exitCode());
        long hits = search.out().lines().filter(l -> l.matches("\\d+\\. .*")).count();
        long safetyLines = search.out().lines().filter(l -> l.strip().startsWith("Safety: evidence")).count();
        assertEquals(3, hits);
        assertEquals(3, safetyLines);
        assertTrue(search.out().contains("information, not medical advice"));
    }

    @Test
    void theBundledCorpusValidates() {
        Run validate = run("validate", "--corpus", TestCorpus.BUNDLED.toString());

        assertEquals(0, validate.exitCode(), validate.out());
        assertTrue(validate.out().contains("0 errors, 0 warnings"), validate.out());
    }

    @Test
    void validateExitsOneWithOneLinePerProblem(@TempDir Path dir) {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir)
                .writeArticle("one.md", "---\ntitle: One\n---\nBody.\n")
                .writeArticle("Two.md", TestCorpus.article("Two", "Body."));

        Run validate = run("validate", "--corpus", corpus.root().toString());

        assertEquals(1, validate.exitCode());
        assertTrue(validate.out().lines().anyMatch(l -> l.startsWith("articles/one.md:") && l.contains("`summary` is missing")), validate.out());
        assertTrue(validate.out().lines().anyMatch(l -> l.startsWith("articles/Two.md") && l.contains("not a valid slug")), validate.out());
    }

    @Test
    void validateNamesTheArticlesTheIndexKeepsAtTheirLastGoodVersion(@TempDir Path dir, @TempDir Path index) throws Exception {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir);
        assertEquals(0, run("reindex", "--no-semantic", "--corpus", corpus.root().toString(), "--index", index.toString()).exitCode());
        corpus.writeArticle("melatonin-basics.md", "---\ntitle: [Melatonin\n---\nBody.\n");
        assertEquals(1, run("reindex", "--no-semantic", "--corpus", corpus.root().toString(), "--index", index.toString()).exitCode());

        Run validate = run("validate", "--corpus", corpus.root().toString(), "--index", index.toString());

        assertEquals(1, validate.exitCode());
        assertTrue(validate.out().contains("articles/melatonin-basics.md: kept at its last good version: the index at " + index
                + " serves the version indexed before this file broke, until it is fixed and reindexed"), validate.out());
        assertTrue(validate.out().contains("2 articles, plus 1 kept at its last good version in the index (melatonin-basics),"), validate.out());
    }

    @Test
    void reindexNamesEachSkippedArticleAndExitsOne(@TempDir Path dir, @TempDir Path index) {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir).writeArticle("broken.md", "---\ntitle: [\n---\nBody\n");

        Run reindex = run("reindex", "--corpus", corpus.root().toString(), "--index", index.toString());

        assertEquals(1, reindex.exitCode());
        assertTrue(reindex.out().contains("skipped: broken"), reindex.out());
        assertTrue(reindex.out().contains("3 articles"), reindex.out());
        assertTrue(reindex.out().lines().anyMatch(l -> l.startsWith("articles/broken.md:")), reindex.out());
    }

    @Test
    void searchWithoutAnIndexSaysWhatToDo(@TempDir Path empty) {
        Run search = run("search", "--index", empty.resolve("none").toString(), "sleep");

        assertEquals(1, search.exitCode());
        assertTrue(search.err().contains("run `reindex` first"), search.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"validate", "reindex", "search"}) {
            Run help = run(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().contains("Usage: sleepkb " + command), help.out());
        }
    }
}
