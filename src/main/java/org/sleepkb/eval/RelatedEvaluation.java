package org.sleepkb.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sleepkb.embed.Embedder;
import org.sleepkb.search.Hit;
import org.sleepkb.search.RelatedBlend;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.SearchMode;

/**
 * Measures related articles on a BEIR dataset, taking its judgements as a proxy: two documents
 * are related when some query of the split judges both relevant. Every document related to at
 * least one other is asked for its related list, and the list is scored as a ranking against the
 * documents related to it.
 */
public final class RelatedEvaluation {

    /** Related articles shown per document, as the article page shows a handful. */
    public static final int CUTOFF = 5;

    /** Mean scores of one blend over the documents measured. */
    public record Scores(RelatedBlend blend, double precision5, double recall5, double ndcg5, int documents) {
    }

    private RelatedEvaluation() {
    }

    /** Scores each of {@code blends} in turn, over one index of the dataset. */
    public static List<Scores> evaluate(BeirDataset dataset, List<RelatedBlend> blends, Optional<Embedder> model, Path kept,
                                        PrintStream progress) throws IOException {
        BeirArticles articles = new BeirArticles(dataset.documents());
        Set<String> known = dataset.documents().stream().map(BeirDocument::id).collect(Collectors.toSet());
        Map<String, Map<String, Integer>> related = relatedByDocument(dataset.qrels(), known);
        return BeirEvaluation.withEngine(dataset, articles, SearchMode.HYBRID, model, kept, progress, engine -> {
            List<Scores> scores = new ArrayList<>();
            for (RelatedBlend blend : blends) {
                scores.add(score(engine, articles, related, blend, progress));
            }
            return scores;
        });
    }

    /**
     * Per document of {@code known}, the other known documents some query judges relevant together
     * with it (grade 1 each); judgements of documents missing from the corpus are left out.
     */
    static Map<String, Map<String, Integer>> relatedByDocument(Qrels qrels, Set<String> known) {
        Map<String, Map<String, Integer>> related = new TreeMap<>();
        for (Map<String, Integer> judged : qrels.judgements().values()) {
            List<String> relevant = judged.entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(Map.Entry::getKey).filter(known::contains).toList();
            for (String doc : relevant) {
                for (String other : relevant) {
                    if (!other.equals(doc)) {
                        related.computeIfAbsent(doc, d -> new HashMap<>()).put(other, 1);
                    }
                }
            }
        }
        return related;
    }

    private static Scores score(SearchEngine engine, BeirArticles articles, Map<String, Map<String, Integer>> related,
                                RelatedBlend blend, PrintStream progress) {
        ProgressBar bar = new ProgressBar(progress, "documents", related.size());
        double precision = 0;
        double recall = 0;
        double ndcg = 0;
        for (Map.Entry<String, Map<String, Integer>> doc : related.entrySet()) {
            List<Run.Entry> ranking = new ArrayList<>();
            for (Hit hit : engine.related(articles.slug(doc.getKey()), CUTOFF, blend)) {
                ranking.add(new Run.Entry(articles.docId(hit.slug()), hit.score()));
            }
            long found = ranking.stream().filter(e -> doc.getValue().containsKey(e.doc())).count();
            precision += (double) found / CUTOFF;
            recall += Metrics.recall(ranking, doc.getValue(), CUTOFF);
            ndcg += Metrics.ndcg(ranking, doc.getValue(), CUTOFF);
            bar.step();
        }
        int documents = related.size();
        return documents == 0 ? new Scores(blend, 0, 0, 0, 0)
                : new Scores(blend, precision / documents, recall / documents, ndcg / documents, documents);
    }
}
