package org.sleepkb.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny BEIR dataset goes through the product's indexer and searcher into a run and its scores. */
class BeirEvaluationTest {

    static final Path TINY = Path.of("src/test/resources/beir-tiny");

    @TempDir
    Path temp;

    @Test
    void readsOnlyTheQueriesTheSplitJudges() throws IOException {
        BeirDataset dataset = BeirDataset.read(TINY, "test");
        assertEquals(5, dataset.documents().size());
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4"), List.copyOf(dataset.queries().keySet()));
        assertEquals(2, dataset.qrels().grade("Q1", "D1"));
    }

    @Test
    void rankingTheTinyDatasetFindsEachQuerysDocumentFirst() throws IOException {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        BeirEvaluation.Outcome outcome = BeirEvaluation.evaluate(BeirDataset.read(TINY, "test"),
                new PrintStream(progress, true, StandardCharsets.UTF_8));
        assertEquals("D1", outcome.run().ranking("Q1").get(0).doc());
        assertEquals("D3", outcome.run().ranking("Q3").get(0).doc());
        assertEquals("D4", outcome.run().ranking("Q4").get(0).doc());
        assertEquals(1.0, outcome.metrics().mrr10(), 1e-12);
        // Q4 judges a document the corpus lacks, so its recall is 1/2.
        assertEquals((1 + 1 + 1 + 0.5) / 4, outcome.metrics().recall100(), 1e-12);
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("4/4 queries"));
    }

    @Test
    void theRunFileHasSixColumnsRanksFromOneAndKeepsOriginalDocumentIds() throws IOException {
        BeirEvaluation.Outcome outcome = BeirEvaluation.evaluate(BeirDataset.read(TINY, "test"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Path file = temp.resolve("runs/tiny.run");
        outcome.run().write(file, "sleepkb");
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).matches("Q1 Q0 D1 1 \\d+\\.\\d{6} sleepkb"), lines.get(0));
        assertTrue(lines.stream().allMatch(line -> line.split(" ").length == 6));
        assertTrue(lines.stream().anyMatch(line -> line.contains(" doc/5 ")), "a docid that is no valid slug survives");
    }

    @Test
    void missingFilesAndBrokenLinesAreNamed() throws IOException {
        EvalInputException missing = assertThrows(EvalInputException.class, () -> BeirDataset.read(temp, "test"));
        assertTrue(missing.getMessage().contains("test.tsv"), missing.getMessage());
        Files.createDirectories(temp.resolve("qrels"));
        Files.writeString(temp.resolve("qrels/test.tsv"), "query-id\tcorpus-id\tscore\nQ1\tD1\thigh\n");
        EvalInputException badScore = assertThrows(EvalInputException.class, () -> BeirDataset.read(temp, "test"));
        assertTrue(badScore.getMessage().contains("line 2"), badScore.getMessage());
        Files.writeString(temp.resolve("qrels/test.tsv"), "Q1\tD1\t1\n");
        Files.writeString(temp.resolve("corpus.jsonl"), "{\"_id\": \"D1\", \"text\": \"x\"}\n{not json\n");
        Files.writeString(temp.resolve("queries.jsonl"), "{\"_id\": \"Q1\", \"text\": \"x\"}\n");
        EvalInputException badJson = assertThrows(EvalInputException.class, () -> BeirDataset.read(temp, "test"));
        assertTrue(badJson.getMessage().contains("corpus.jsonl line 2"), badJson.getMessage());
    }
}
