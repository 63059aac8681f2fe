package org.sleepkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.ProcessOutput;
import org.sleepkb.TestCorpus;

/** The parts of {@code serve} that end by themselves: refusals before it listens, and the build's training launch. */
class ServeCommandTest {

    @Test
    void serveRefusesAMissingCorpusFolderWithAClearMessage(@TempDir Path dir) {
        ProcessOutput output = ProcessOutput.run("serve", "--port", "0", "--corpus", dir.resolve("missing").toString(),
                "--index", dir.resolve("index").toString());

        assertEquals(2, output.code());
        assertTrue(output.err().contains("does not exist; pass it with --corpus"), output.err());
        assertTrue(!output.err().contains("Exception"), output.err());
    }

    @Test
    void serveRefusesANegativeResultCacheWithAClearMessage(@TempDir Path dir) {
        ProcessOutput output = ProcessOutput.run("serve", "--port", "0", "--corpus", TestCorpus.FIXTURE.toString(),
                "--index", dir.resolve("index").toString(), "--cached-results", "-1");

        assertEquals(2, output.code());
        assertTrue(output.err().contains("--cached-results must be from 0 to"), output.err());
        assertTrue(!output.err().contains("Exception"), output.err());
    }

    @Test
    void classArchiveTrainingServesASearchAndAPageThenStopsWithoutTouchingTheIndexFolder(@TempDir Path dir) {
        ProcessOutput output = ProcessOutput.run("serve", "--train-class-archive", "--no-semantic", "--port", "0",
                "--corpus", TestCorpus.FIXTURE.toString(), "--index", dir.resolve("index").toString());

        assertEquals(0, output.code(), output.err());
        assertTrue(output.err().contains(
                "class archive training: /api/search?q=melatonin, /search?q=melatonin and /articles/melatonin-basics answered"), output.err());
        assertFalse(Files.exists(dir.resolve("index")), "the training indexes into a temporary folder of its own");
    }

    @Test
    void classArchiveTrainingIsNotOfferedToPeople() {
        ProcessOutput output = ProcessOutput.run("serve", "--help");

        assertEquals(0, output.code());
        assertFalse(output.out().contains("train"), output.out());
    }

    @Test
    void serveIsListedInTheHelp() {
        ProcessOutput output = ProcessOutput.run("--help");

        assertEquals(0, output.code());
        assertTrue(output.out().contains("serve"));
    }
}
