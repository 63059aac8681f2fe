package org.sleepkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.ProcessOutput;
import org.sleepkb.TestCorpus;

/** The parts of {@code serve} that end before it starts listening. */
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
    void serveIsListedInTheHelp() {
        ProcessOutput output = ProcessOutput.run("--help");

        assertEquals(0, output.code());
        assertTrue(output.out().contains("serve"));
    }
}
