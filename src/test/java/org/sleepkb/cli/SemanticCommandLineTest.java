package org.sleepkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.io.Json;
import org.sleepkb.TestCorpus;

/** Semantic search from the command line, over the fixture corpus. */
class SemanticCommandLineTest {

    @TempDir
    static Path index;

    @BeforeAll
    static void indexTheFixtureWithVectors() {
        CommandLineTest.Run reindex = CommandLineTest.run("reindex", "--corpus", TestCorpus.FIXTURE.toString(), "--index", index.toString());
        assertEquals(0, reindex.exitCode(), reindex.out() + reindex.err());
    }

    private static JsonNode search(String... args) throws Exception {
        String[] full = new String[args.length + 4];
        full[0] = "search";
        full[1] = "--index";
        full[2] = index.toString();
        full[3] = "--json";
        System.arraycopy(args, 0, full, 4, args.length);
        CommandLineTest.Run run = CommandLineTest.run(full);
        assertEquals(0, run.exitCode(), run.err());
        return Json.MAPPER.readTree(run.out());
    }

    @Test
    void searchFindsAnArticleByMeaningWhenNoWordMatches() throws Exception {
        JsonNode result = search("hormone", "released", "after", "dark");

        assertTrue(result.get("total").asInt() >= 1, result.toString());
        assertEquals("melatonin-basics", result.get("hits").get(0).get("slug").asText());
    }

    @Test
    void noSemanticSearchesTheSameIndexByWordsOnly() throws Exception {
        JsonNode result = search("--no-semantic", "released", "after", "dark");

        assertEquals(0, result.get("total").asInt(), result.toString());
    }
}
