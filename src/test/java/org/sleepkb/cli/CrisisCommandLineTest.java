package org.sleepkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepkb.io.Json;
import org.sleepkb.TestCorpus;

/** {@code search} on crisis queries, over the bundled corpus indexed with the sentence model (the default). */
class CrisisCommandLineTest {

    @TempDir
    static Path index;

    @BeforeAll
    static void indexTheBundledCorpusWithVectors() {
        CommandLineTest.Run reindex = CommandLineTest.run("reindex", "--corpus", TestCorpus.BUNDLED.toString(), "--index", index.toString());
        assertEquals(0, reindex.exitCode(), reindex.out() + reindex.err());
    }

    private static CommandLineTest.Run search(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "search";
        full[1] = "--index";
        full[2] = index.toString();
        System.arraycopy(args, 0, full, 3, args.length);
        CommandLineTest.Run run = CommandLineTest.run(full);
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quiero morir | suicide | es",
            "took 20 benadryl | overdose | en",
            "how much ambien is lethal | overdose | en",
            "end it all | suicide | en",
            "tomé muchas pastillas | overdose | es",
            "my friend is not breathing | medical | en"})
    void jsonPrintsTheCrisisFieldAndGettingHelpFirst(String query, String kind, String language) throws Exception {
        JsonNode result = Json.MAPPER.readTree(search("--json", query).out());

        assertEquals(kind, result.get("crisis").get("kind").asText(), result.toString());
        assertEquals(language, result.get("crisis").get("language").asText());
        assertTrue(result.get("crisis").get("lines").size() >= 4, result.get("crisis").toString());
        assertEquals(query, result.get("query").asText());
        assertTrue(result.get("suggestion").isNull() && result.get("correctedFrom").isNull(), result.toString());
        assertEquals("getting-help-and-crisis-support", result.get("hits").get(0).get("slug").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"killing time before bed", "dying for a good night's sleep", "breathing exercises",
            "how much melatonin should I take"})
    void jsonPrintsNullForCalmQueries(String query) throws Exception {
        JsonNode result = Json.MAPPER.readTree(search("--json", query).out());

        assertTrue(result.has("crisis") && result.get("crisis").isNull(), result.toString());
    }

    @Test
    void textOutputStartsWithTheHelplinesInTheQuerysLanguage() {
        String out = search("quiero", "morir").out();

        assertTrue(out.startsWith("Si tú u otra persona puede estar en peligro"), out);
        assertTrue(out.contains("US  988  Línea 988"), out);
        assertTrue(out.indexOf("988") < out.indexOf("1. "), out);
        assertTrue(out.contains("[getting-help-and-crisis-support]"), out);
    }
}
