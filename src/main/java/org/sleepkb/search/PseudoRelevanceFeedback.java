package org.sleepkb.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.Schema;

/**
 * Relevance model feedback (RM3): the words that weigh most in the best few articles for a query
 * are added to it, so that among the articles the query matches, those that also speak the
 * language of the best ones rank higher. The typed query keeps most of the weight and alone
 * decides what matches: a search for "kratom" lists the articles that mention kratom, and its
 * count and facets say so.
 */
final class PseudoRelevanceFeedback {

    /** Tuned on the NFCorpus dev split (docs/relevance.md). */
    static final int FEEDBACK_DOCS = 5;
    static final int FEEDBACK_TERMS = 20;
    static final float ORIGINAL_WEIGHT = 0.6f;

    private static final Set<String> FEEDBACK_FIELDS = Set.of(Schema.TITLE, Schema.BODY);

    private final Analyzer analyzer = Analyzers.forIndexing();

    /**
     * The query with the feedback terms of its best {@link #FEEDBACK_DOCS} articles added.
     *
     * @param queryTerms the number of terms of the original query, which sets how much one
     *                   expansion term weighs against one original term
     */
    Query expand(IndexSearcher searcher, Query original, int queryTerms) throws IOException {
        TopDocs top = searcher.search(original, FEEDBACK_DOCS);
        if (top.scoreDocs.length == 0) {
            return original;
        }
        Map<String, Double> model = new HashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc, FEEDBACK_FIELDS);
            Map<String, Integer> counts = termCounts(doc.get(Schema.TITLE) + "\n" + doc.get(Schema.BODY));
            double length = counts.values().stream().mapToInt(Integer::intValue).sum();
            counts.forEach((term, count) -> model.merge(term, hit.score * count / length, Double::sum));
        }
        List<Map.Entry<String, Double>> best = model.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(FEEDBACK_TERMS)
                .toList();
        double total = best.stream().mapToDouble(Map.Entry::getValue).sum();
        BooleanQuery.Builder expansion = new BooleanQuery.Builder();
        for (Map.Entry<String, Double> term : best) {
            float weight = (float) ((1 - ORIGINAL_WEIGHT) * Math.max(1, queryTerms) * term.getValue() / total);
            expansion.add(new BoostQuery(new TermQuery(new Term(Schema.BODY, term.getKey())), weight), BooleanClause.Occur.SHOULD);
        }
        // Letting feedback terms match on their own found more on NFCorpus (docs/relevance.md), but
        // filled every result list and facet count with articles that lack the words asked for.
        return new BooleanQuery.Builder()
                .add(new BoostQuery(original, ORIGINAL_WEIGHT), BooleanClause.Occur.MUST)
                .add(expansion.build(), BooleanClause.Occur.SHOULD)
                .build();
    }

    private Map<String, Integer> termCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String term : AnalyzedTerms.of(analyzer, Schema.BODY, text)) {
            // Numbers and fragments make poor expansion terms.
            if (term.length() >= 3 && term.chars().allMatch(Character::isLetter)) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        return counts;
    }
}
