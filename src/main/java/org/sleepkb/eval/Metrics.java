package org.sleepkb.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * nDCG@10, Recall@100 and MRR@10 as {@code trec_eval -c} computes them: linear gain (the grade
 * itself), log2 discount, relevant means grade of at least 1, and the mean is over every query of
 * the qrels, a query the run lacks counting as 0.
 *
 * @param queries the number of judged queries averaged over
 */
public record Metrics(double ndcg10, double recall100, double mrr10, int queries) {

    public static Metrics of(Run run, Qrels qrels) {
        double ndcg = 0;
        double recall = 0;
        double mrr = 0;
        for (String query : qrels.judgements().keySet()) {
            List<Run.Entry> ranking = run.ranking(query);
            Map<String, Integer> judged = qrels.of(query);
            ndcg += ndcg(ranking, judged, 10);
            recall += recall(ranking, judged, 100);
            mrr += reciprocalRank(ranking, judged, 10);
        }
        int n = qrels.judgements().size();
        return n == 0 ? new Metrics(0, 0, 0, 0) : new Metrics(ndcg / n, recall / n, mrr / n, n);
    }

    static double ndcg(List<Run.Entry> ranking, Map<String, Integer> judged, int cutoff) {
        double dcg = 0;
        for (int i = 0; i < Math.min(cutoff, ranking.size()); i++) {
            dcg += gain(judged.getOrDefault(ranking.get(i).doc(), 0)) / log2(i + 2);
        }
        List<Integer> ideal = judged.values().stream().filter(g -> g > 0).sorted(Comparator.reverseOrder()).toList();
        double idealDcg = 0;
        for (int i = 0; i < Math.min(cutoff, ideal.size()); i++) {
            idealDcg += ideal.get(i) / log2(i + 2);
        }
        return idealDcg > 0 ? dcg / idealDcg : 0;
    }

    static double recall(List<Run.Entry> ranking, Map<String, Integer> judged, int cutoff) {
        long relevant = judged.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranking.stream().limit(cutoff).filter(e -> judged.getOrDefault(e.doc(), 0) > 0).count();
        return (double) found / relevant;
    }

    static double reciprocalRank(List<Run.Entry> ranking, Map<String, Integer> judged, int cutoff) {
        for (int i = 0; i < Math.min(cutoff, ranking.size()); i++) {
            if (judged.getOrDefault(ranking.get(i).doc(), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Judged non-relevant documents (grade 0 or below) add nothing, as in trec_eval. */
    private static double gain(int grade) {
        return Math.max(grade, 0);
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
