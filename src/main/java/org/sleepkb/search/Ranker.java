package org.sleepkb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.sleepkb.index.Schema;

/**
 * Ranks in two stages, so that the costly bonuses do not grow with the number of articles a search
 * matches. First the query as typed ranks every match by BM25 for the best {@link #RESCORED}
 * (in the pass that counts the matches, {@link FacetCounter}, or where nothing is counted with
 * block-max WAND skipping the matches that cannot reach them); then only those get the proximity bonus
 * and, for plain words, pseudo-relevance feedback learnt from the best {@link PseudoRelevanceFeedback#FEEDBACK_DOCS}
 * of them. Neither bonus makes an article match: the matches, their count and facets are the
 * typed query's. Equal scores are listed in slug order, so the same search always lists the same page.
 */
final class Ranker {

    /**
     * Articles that get the bonuses; the rest keep their BM25 order below them (hits past the
     * 200th are listed by BM25 alone). Chosen on NFCorpus dev: 200 keeps the Recall@100 of feedback over
     * every match (0.2298 against 0.2300; 100 gave 0.2222), nDCG@10 was 0.3004 at every depth.
     */
    static final int RESCORED = 200;

    /** Score first, equal scores in slug order; the slug comes back with each hit for the second stage. */
    private static final Sort FIRST_STAGE = new Sort(SortField.FIELD_SCORE, new SortField(Schema.SLUG, SortField.Type.STRING));

    private static final Comparator<ScoreDoc> BEST_FIRST = Comparator.comparingDouble((ScoreDoc hit) -> -hit.score)
            .thenComparing(Ranker::slug);

    private final PseudoRelevanceFeedback feedback = new PseudoRelevanceFeedback();

    /**
     * The best {@code depth} matches of {@code matching} (the typed query, possibly filtered or
     * widened by meaning; articles it scores zero get no bonus), best first.
     *
     * @param parsed the typed query's bonuses, or null to rank by {@code matching} alone
     */
    ScoreDoc[] rank(IndexSearcher searcher, Query matching, QueryFactory.Parsed parsed, int depth) throws IOException {
        int wanted = firstStageDepth(parsed, depth);
        // Total hits are counted elsewhere: WAND may skip from the first hit that cannot make the top.
        return rescore(searcher, searcher.search(matching, new TopFieldCollectorManager(FIRST_STAGE, wanted, null, wanted)).scoreDocs, parsed, depth);
    }

    /** How many of the best matches the first stage keeps for the best {@code depth}. */
    static int firstStageDepth(QueryFactory.Parsed parsed, int depth) {
        return Math.max(depth, rescoring(parsed) ? RESCORED : 0);
    }

    /**
     * The first stage as a collector of every match, for a pass that visits every match anyway
     * (counting them): it keeps the best {@code wanted} by (score, slug) for {@link #rescore}.
     */
    static CollectorManager<TopFieldCollector, TopFieldDocs> firstStage(int wanted) {
        return new TopFieldCollectorManager(FIRST_STAGE, wanted, null, Integer.MAX_VALUE);
    }

    /**
     * The best {@code depth} of {@code first} (the first stage: the best matches by score and slug,
     * as {@link #firstStage} keeps them) once the bonuses of {@code parsed} are added, best first.
     */
    ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] first, QueryFactory.Parsed parsed, int depth) throws IOException {
        for (int i = 0; i < first.length; i++) {
            first[i].score = (Float) ((FieldDoc) first[i]).fields[0];
        }
        if (!rescoring(parsed)) {
            return first.length > depth ? Arrays.copyOf(first, depth) : first;
        }
        // Sorted by score, so the articles with a lexical score are a prefix.
        int rescored = 0;
        while (rescored < Math.min(RESCORED, first.length) && first[rescored].score > 0) {
            rescored++;
        }
        float[] proximity = parsed.proximity() == null ? new float[rescored] : scores(searcher, parsed.proximity(), first, rescored);
        List<ScoreDoc> typed = new ArrayList<>(rescored);
        for (int i = 0; i < rescored; i++) {
            typed.add(withScore(first[i], first[i].score + proximity[i]));
        }
        Query expansion = null;
        if (feedsBack(parsed)) {
            typed.sort(BEST_FIRST);
            expansion = feedback.expansion(searcher, typed, parsed.terms().size());
        }
        float original = expansion == null ? 1 : PseudoRelevanceFeedback.ORIGINAL_WEIGHT;
        float[] expanded = expansion == null ? new float[rescored] : scores(searcher, expansion, first, rescored);
        ScoreDoc[] ranked = new ScoreDoc[first.length];
        for (int i = 0; i < first.length; i++) {
            float score = i < rescored ? original * (first[i].score + proximity[i]) + expanded[i] : original * first[i].score;
            ranked[i] = withScore(first[i], score);
        }
        Arrays.sort(ranked, BEST_FIRST);
        return ranked.length > depth ? Arrays.copyOf(ranked, depth) : ranked;
    }

    private static boolean rescoring(QueryFactory.Parsed parsed) {
        return parsed != null && (parsed.proximity() != null || feedsBack(parsed));
    }

    /** Feedback for plain words only: a query written with syntax is ranked exactly as written. */
    private static boolean feedsBack(QueryFactory.Parsed parsed) {
        return parsed.plain() && !parsed.terms().isEmpty();
    }

    private static FieldDoc withScore(ScoreDoc hit, float score) {
        return new FieldDoc(hit.doc, score, ((FieldDoc) hit).fields);
    }

    private static BytesRef slug(ScoreDoc hit) {
        return (BytesRef) ((FieldDoc) hit).fields[1];
    }

    /** The scores {@code query} gives the first {@code count} of {@code hits} (zero where it does not match), visiting only them. */
    private static float[] scores(IndexSearcher searcher, Query query, ScoreDoc[] hits, int count) throws IOException {
        float[] scores = new float[count];
        Integer[] byDoc = new Integer[count];
        for (int i = 0; i < count; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leaf = -1;
        int leafEnd = 0;
        Scorer scorer = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            while (doc >= leafEnd) {
                leaf++;
                leafEnd = leaves.get(leaf).docBase + leaves.get(leaf).reader().maxDoc();
                scorer = weight.scorer(leaves.get(leaf));
            }
            if (scorer == null) {
                continue;
            }
            int target = doc - leaves.get(leaf).docBase;
            int at = scorer.docID() < target ? scorer.iterator().advance(target) : scorer.docID();
            if (at == target) {
                scores[i] = scorer.score();
            }
        }
        return scores;
    }
}
