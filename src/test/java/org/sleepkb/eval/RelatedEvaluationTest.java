package org.sleepkb.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The proxy judgement of related articles: documents some query judges relevant together. */
class RelatedEvaluationTest {

    @Test
    void documentsJudgedRelevantForTheSameQueryAreRelatedAndUnjudgedOrIrrelevantOnesAreNot() {
        Qrels qrels = new Qrels(Map.of(
                "Q1", Map.of("A", 1, "B", 2, "C", 0),
                "Q2", Map.of("B", 1, "D", 1),
                "Q3", Map.of("E", 1),
                "Q4", Map.of("E", 1, "missing-from-the-corpus", 1)));
        Map<String, Map<String, Integer>> related = RelatedEvaluation.relatedByDocument(qrels, Set.of("A", "B", "C", "D", "E"));
        assertEquals(Map.of(
                "A", Map.of("B", 1),
                "B", Map.of("A", 1, "D", 1),
                "D", Map.of("B", 1)), related);
    }
}
