package org.sleepkb.search.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.sleepkb.index.Schema;
import org.sleepkb.search.query.QueryFactory;

/**
 * Ranks in two stages, so that the costly bonuses do not grow with the number of articles a search
 * matches. First the query as typed ranks every match by BM25 for the best {@link #RESCORED}
 * (in the pass that counts the matches, {@link org.sleepkb.search.facet.FacetCounter}, or where nothing is counted with
 * block-max WAND skipping the matches that cannot reach them); then only those get the proximity bonus
 * and, for plain words, pseudo-relevance feedback learnt from the best {@link PseudoRelevanceFeedback#FEEDBACK_DOCS}
 * of them. Feedback may also widen the search by a few articles that lack the typed words but speak
 * the language of the best matches nearly as strongly as they do ({@link #WIDENED}, {@link #WIDENING_SHARE}).
 * Equal scores are listed in slug order, so the same search always lists the same page.
 */
public final class Ranker {

    /**
     * Articles that get the bonuses; the rest keep their BM25 order below them (hits past the
     * 200th are listed by BM25 alone). Chosen on NFCorpus dev: 200 keeps the Recall@100 of feedback over
     * every match (0.2298 against 0.2300; 100 gave 0.2222), nDCG@10 was 0.3004 at every depth.
     */
    public static final int RESCORED = 200;

    /**
     * Most articles feedback adds to a search, and the share of the best feedback score among the
     * typed matches that an added article must reach. Bounded so that a search still lists the
     * articles about what was asked: "magnesium" does not gain every article that mentions sleep,
     * while "valerian" gains the articles on other herbal sleep aids. Chosen on NFCorpus dev
     * (docs/relevance.md): widening without a bound gave nDCG@10 0.3101, this 0.3077, none 0.3004.
     */
    public static final int WIDENED = 20;
    public static final float WIDENING_SHARE = 0.3f;

    /**
     * The ranked articles, and the slugs of those among them that feedback added: they match none
     * of the typed words, so counts and facets must take them in.
     */
    public record Ranking(ScoreDoc[] docs, List<BytesRef> widened) {
    }

    /** Score first, equal scores in slug order; the slug comes back with each hit for the second stage. */
    private static final Sort FIRST_STAGE = new Sort(SortField.FIELD_SCORE, new SortField(Schema.SLUG, SortField.Type.STRING));

    private static final Comparator<ScoreDoc> BEST_FIRST = Comparator.comparingDouble((ScoreDoc hit) -> -hit.score)
            .thenComparing(Ranker::slug);

    private final PseudoRelevanceFeedback feedback = new PseudoRelevanceFeedback();

    /**
     * The best {@code depth} matches of {@code matching} (the typed query, possibly widened by
     * meaning; articles it scores zero get no bonus) and of feedback, best first.
     *
     * @param parsed the typed query's bonuses, or null to rank by {@code matching} alone
     */
    public Ranking rank(IndexSearcher searcher, Query matching, QueryFactory.Parsed parsed, int depth) throws IOException {
        int wanted = firstStageDepth(parsed, depth);
        // Total hits are counted elsewhere: WAND may skip from the first hit that cannot make the top.
        ScoreDoc[] first = searcher.search(matching, new TopFieldCollectorManager(FIRST_STAGE, wanted, null, wanted)).scoreDocs;
        return rescore(searcher, first, matching, null, parsed, depth);
    }

    /** How many of the best matches the first stage keeps for the best {@code depth}. */
    public static int firstStageDepth(QueryFactory.Parsed parsed, int depth) {
        return Math.max(depth, rescoring(parsed) ? RESCORED : 0);
    }

    /**
     * The best {@code depth} of {@code first} (the first stage: the best matches of {@code matching}
     * by score and slug, as {@link org.sleepkb.search.facet.BestMatches} keeps them) once the bonuses of {@code parsed} are
     * added, and of the articles feedback adds, best first.
     *
     * @param restriction the facet filters the hits pass, which articles added by feedback must
     *                    pass too; null for none
     */
    public Ranking rescore(IndexSearcher searcher, ScoreDoc[] first, Query matching, Query restriction, QueryFactory.Parsed parsed,
                    int depth) throws IOException {
        for (int i = 0; i < first.length; i++) {
            first[i].score = (Float) ((FieldDoc) first[i]).fields[0];
        }
        if (!rescoring(parsed)) {
            return new Ranking(first.length > depth ? Arrays.copyOf(first, depth) : first, List.of());
        }
        // Sorted by score, so the articles with a lexical score are a prefix.
        int rescored = 0;
        while (rescored < Math.min(RESCORED, first.length) && first[rescored].score > 0) {
            rescored++;
        }
        // Both bonuses visit the rescored articles in document order.
        int[] byDoc = inDocOrder(first, rescored);
        float[] proximity = parsed.proximity() == null ? new float[rescored] : scores(searcher, parsed.proximity(), first, byDoc);
        List<ScoreDoc> typed = new ArrayList<>(rescored);
        for (int i = 0; i < rescored; i++) {
            typed.add(withScore(first[i], first[i].score + proximity[i]));
        }
        FeedbackTerms expansion = null;
        if (feedsBack(parsed)) {
            typed.sort(BEST_FIRST);
            expansion = feedback.expansion(searcher, typed, parsed.terms().size());
        }
        float original = expansion == null ? 1 : PseudoRelevanceFeedback.ORIGINAL_WEIGHT;
        float[] expanded = expansion == null ? new float[rescored] : expansion.scores(searcher, first, byDoc);
        // Widen only a search whose words few articles hold: where they fill the rescored depth,
        // the page is full of articles with the words asked for (no loss on NFCorpus dev), and
        // the search for articles outside hundreds of matches is what would cost (docs/performance.md).
        ScoreDoc[] widened = expansion == null || rescored == RESCORED ? new ScoreDoc[0]
                : outsideMatches(searcher, expansion.query(), matching, first, firstStageDepth(parsed, depth), restriction,
                        WIDENING_SHARE * max(expanded));
        ScoreDoc[] ranked = Arrays.copyOf(first, first.length + widened.length);
        for (int i = 0; i < first.length; i++) {
            float score = i < rescored ? original * (first[i].score + proximity[i]) + expanded[i] : original * first[i].score;
            ranked[i] = withScore(first[i], score);
        }
        System.arraycopy(widened, 0, ranked, first.length, widened.length);
        Arrays.sort(ranked, BEST_FIRST);
        return new Ranking(ranked.length > depth ? Arrays.copyOf(ranked, depth) : ranked,
                Arrays.stream(widened).map(Ranker::slug).toList());
    }

    /**
     * The articles {@code matching} matches among those {@code restriction} lets through: where the
     * first stage kept fewer than it could ({@code kept}), {@code first} holds every one of them, and
     * the query need not run again (its weight looks up each word in six fields).
     */
    private static FlooredTopDocs.Excluded typedMatches(IndexSearcher searcher, Query matching, ScoreDoc[] first, int kept)
            throws IOException {
        if (first.length < kept) {
            return FlooredTopDocs.Excluded.documents(Arrays.stream(first).mapToInt(hit -> hit.doc).sorted().toArray());
        }
        return FlooredTopDocs.Excluded.matchedBy(searcher.createWeight(searcher.rewrite(matching), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }

    /**
     * The best articles by {@code expansion} alone (at most {@link #WIDENED}) that {@code matching}
     * does not match (its first stage {@code first} of at most {@code kept}) but {@code restriction}
     * lets through, scoring at least {@code least}.
     */
    private static ScoreDoc[] outsideMatches(IndexSearcher searcher, Query expansion, Query matching, ScoreDoc[] first, int kept,
                                             Query restriction, float least) throws IOException {
        if (least <= 0) {
            return new ScoreDoc[0];
        }
        Query candidates = restriction == null ? expansion : new BooleanQuery.Builder()
                .add(expansion, BooleanClause.Occur.MUST)
                .add(restriction, BooleanClause.Occur.FILTER)
                .build();
        return searcher.search(candidates, new FlooredTopDocs(least, WIDENED, typedMatches(searcher, matching, first, kept))).toArray(ScoreDoc[]::new);
    }

    private static float max(float[] scores) {
        float max = 0;
        for (float score : scores) {
            max = Math.max(max, score);
        }
        return max;
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

    /** The scores {@code query} gives the {@code hits} at {@code byDoc} (zero where it does not match), visiting only them. */
    static float[] scores(IndexSearcher searcher, Query query, ScoreDoc[] hits, int[] byDoc) throws IOException {
        float[] found = found(searcher, query, ScoreMode.COMPLETE, docs(hits, byDoc));
        float[] scores = new float[hits.length];
        for (int k = 0; k < byDoc.length; k++) {
            scores[byDoc[k]] = Float.isNaN(found[k]) ? 0 : found[k];
        }
        return scores;
    }

    /** Which of {@code hits} {@code query} matches, visiting only them and scoring nothing (no term statistics either). */
    public static boolean[] matches(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
        int[] byDoc = inDocOrder(hits, hits.length);
        float[] found = found(searcher, query, ScoreMode.COMPLETE_NO_SCORES, docs(hits, byDoc));
        boolean[] matches = new boolean[hits.length];
        for (int k = 0; k < byDoc.length; k++) {
            matches[byDoc[k]] = !Float.isNaN(found[k]);
        }
        return matches;
    }

    /** The places of the first {@code count} of {@code hits} in document order, the order in which a scorer visits them. */
    static int[] inDocOrder(ScoreDoc[] hits, int count) {
        long[] docAndPlace = new long[count];
        for (int i = 0; i < count; i++) {
            docAndPlace[i] = (long) hits[i].doc << 32 | i;
        }
        Arrays.sort(docAndPlace);
        int[] places = new int[count];
        for (int i = 0; i < count; i++) {
            places[i] = (int) docAndPlace[i];
        }
        return places;
    }

    private static int[] docs(ScoreDoc[] hits, int[] byDoc) {
        int[] docs = new int[byDoc.length];
        for (int k = 0; k < byDoc.length; k++) {
            docs[k] = hits[byDoc[k]].doc;
        }
        return docs;
    }

    /**
     * {@code docs} (global ids, ascending) as {@code query} finds them: each one's score (1 when not
     * scoring), NaN where it does not match. Scorers are made only for the segments that hold some of them.
     */
    public static float[] found(IndexSearcher searcher, Query query, ScoreMode mode, int[] docs) throws IOException {
        float[] found = new float[docs.length];
        Arrays.fill(found, Float.NaN);
        Weight weight = searcher.createWeight(searcher.rewrite(query), mode, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        for (int k = 0; k < docs.length; k++) {
            int doc = docs[k];
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                scorer = weight.scorer(leaf);
            }
            if (scorer == null) {
                continue;
            }
            int target = doc - leaf.docBase;
            int at = scorer.docID() < target ? scorer.iterator().advance(target) : scorer.docID();
            if (at == target) {
                found[k] = mode.needsScores() ? scorer.score() : 1;
            }
        }
        return found;
    }
}
