package org.sleepkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.Main;

/** The parts of {@code serve} that end before it starts listening. */
class ServeCommandTest {

    @Test
    void serveRefusesAMissingCorpusFolderWithAClearMessage(@TempDir Path dir) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("serve", "--port", "0", "--corpus", dir.resolve("missing").toString(),
                    "--index", dir.resolve("index").toString());
        } finally {
            System.setErr(original);
        }
        assertEquals(2, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("does not exist; pass it with --corpus"), message);
        assertTrue(!message.contains("Exception"), message);
    }

    @Test
    void serveRefusesANegativeResultCacheWithAClearMessage(@TempDir Path dir) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("serve", "--port", "0", "--corpus", org.sleepkb.TestCorpus.FIXTURE.toString(),
                    "--index", dir.resolve("index").toString(), "--cached-results", "-1");
        } finally {
            System.setErr(original);
        }
        assertEquals(2, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("--cached-results must be from 0 to"), message);
        assertTrue(!message.contains("Exception"), message);
    }

    @Test
    void serveIsListedInTheHelp() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("--help"));
        } finally {
            System.setOut(original);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("serve"));
    }
}
