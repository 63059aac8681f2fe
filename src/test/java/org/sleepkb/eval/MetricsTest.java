package org.sleepkb.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics match what {@code trec_eval -c -m ndcg_cut.10 -m recall.100 -m recip_rank} reports, worked by hand. */
class MetricsTest {

    private static Qrels qrels(Map<String, Map<String, Integer>> judgements) {
        return new Qrels(judgements);
    }

    @Test
    void ndcgUsesTheGradeAsGainAndALogTwoDiscount() {
        Run run = new Run();
        run.add("q", List.of(new Run.Entry("a", 3f), new Run.Entry("b", 2f), new Run.Entry("c", 1f)));
        // Ranked gains 0, 2, 1; ideal 2, 1.
        double dcg = 2 / log2(3) + 1 / log2(4);
        double ideal = 2 / log2(2) + 1 / log2(3);
        Metrics metrics = Metrics.of(run, qrels(Map.of("q", Map.of("b", 2, "c", 1))));
        assertEquals(dcg / ideal, metrics.ndcg10(), 1e-12);
        assertEquals(1.0, metrics.recall100(), 1e-12);
        assertEquals(0.5, metrics.mrr10(), 1e-12);
    }

    @Test
    void relevantDocumentsTheRunNeverRetrievedLowerIdealAndRecall() {
        Run run = new Run();
        run.add("q", List.of(new Run.Entry("a", 1f)));
        Metrics metrics = Metrics.of(run, qrels(Map.of("q", Map.of("a", 1, "x", 1, "y", 1, "z", 1))));
        assertEquals(1 / (1 + 1 / log2(3) + 1 / log2(4) + 1 / log2(5)), metrics.ndcg10(), 1e-12);
        assertEquals(0.25, metrics.recall100(), 1e-12);
        assertEquals(1.0, metrics.mrr10(), 1e-12);
    }

    @Test
    void everyJudgedQueryCountsEvenWhenTheRunLacksItAndUnjudgedQueriesDoNot() {
        Run run = new Run();
        run.add("q1", List.of(new Run.Entry("a", 1f)));
        run.add("unjudged", List.of(new Run.Entry("a", 1f)));
        Metrics metrics = Metrics.of(run, qrels(Map.of("q1", Map.of("a", 1), "q2", Map.of("b", 1))));
        assertEquals(2, metrics.queries());
        assertEquals(0.5, metrics.ndcg10(), 1e-12);
        assertEquals(0.5, metrics.recall100(), 1e-12);
        assertEquals(0.5, metrics.mrr10(), 1e-12);
    }

    @Test
    void tiedScoresAreOrderedByDocumentIdDescendingAsTrecEvalDoes() {
        Run run = new Run();
        run.add("q", List.of(new Run.Entry("a", 1f), new Run.Entry("b", 1f)));
        assertEquals(List.of("b", "a"), run.ranking("q").stream().map(Run.Entry::doc).toList());
        Metrics metrics = Metrics.of(run, qrels(Map.of("q", Map.of("a", 1))));
        assertEquals(0.5, metrics.mrr10(), 1e-12);
    }

    @Test
    void scoresAreComparedAsTheRunFilePrintsThem() {
        Run run = new Run();
        // Equal at six decimals, so tied in the file, so ordered by id: "b" first.
        run.add("q", List.of(new Run.Entry("a", 1.0000001f), new Run.Entry("b", 1.0000000f)));
        assertEquals("b", run.ranking("q").get(0).doc());
    }

    @Test
    void cutoffsAreTenAndOneHundred() {
        Run run = new Run();
        List<Run.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            entries.add(new Run.Entry(String.format("d%03d", i), 1000 - i));
        }
        run.add("q", entries);
        // Relevant at ranks 11 and 101: outside both cutoffs.
        Metrics metrics = Metrics.of(run, qrels(Map.of("q", Map.of("d010", 1, "d100", 1))));
        assertEquals(0.0, metrics.ndcg10(), 1e-12);
        assertEquals(0.5, metrics.recall100(), 1e-12);
        assertEquals(0.0, metrics.mrr10(), 1e-12);
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
