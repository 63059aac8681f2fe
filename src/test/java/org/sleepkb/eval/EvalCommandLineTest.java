package org.sleepkb.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.ProcessOutput;

/** {@code sleepkb eval} prints the three metrics, writes the run on request, and names bad input in one line. */
class EvalCommandLineTest {

    @TempDir
    Path temp;

    @Test
    void evalPrintsTheMetricsAndWritesTheRunFile() throws Exception {
        Path runFile = temp.resolve("tiny.run");
        ProcessOutput output = ProcessOutput.run("eval", "--beir", "src/test/resources/beir-tiny", "--split", "test", "--run-out", runFile.toString());
        assertEquals(0, output.code(), output.err());
        assertTrue(output.out().contains("nDCG@10"), output.out());
        assertTrue(output.out().contains("Recall@100"));
        assertTrue(output.out().matches("(?s).*MRR@10 +1\\.0000.*"), output.out());
        assertTrue(output.err().contains("4/4 queries"), "progress goes to standard error");
        assertTrue(Files.readAllLines(runFile).size() >= 4);
    }

    @Test
    void evalRelatedScoresTheRelatedListsOfEveryBlendAgainstDocumentsJudgedTogether() {
        ProcessOutput output = ProcessOutput.run("eval", "--beir", "src/test/resources/beir-tiny", "--split", "test", "--related");
        assertEquals(0, output.code(), output.err());
        assertTrue(output.out().contains("related articles: 2 documents"), output.out());
        // Each of the two related documents finds the other among the four others by vector similarity.
        assertTrue(output.out().contains("0.00     1.00    0.2000  1.0000  1.0000"), output.out());
    }

    @Test
    void aFolderThatIsNoBeirDatasetGivesOneClearLine() {
        ProcessOutput output = ProcessOutput.run("eval", "--beir", temp.toString(), "--split", "dev");
        assertEquals(1, output.code());
        assertTrue(output.err().startsWith("error: ") && output.err().contains("dev.tsv"), output.err());
        assertFalse(output.err().contains("Exception"));
    }

    @Test
    void anUnknownSplitIsRefusedByName() {
        ProcessOutput output = ProcessOutput.run("eval", "--beir", "src/test/resources/beir-tiny", "--split", "holdout");
        assertEquals(2, output.code());
        assertTrue(output.err().contains("holdout"), output.err());
    }
}
