package org.sleepkb.search.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.sleepkb.corpus.ArticleKind;
import org.sleepkb.index.Schema;

/**
 * A question about a substance's safety ("is kratom safe", "kratom side effects", "is melatonin
 * safe for kids") lists the reviewed articles about that substance before any text marked
 * {@code kind: claims}: a promotional text may use the same words more often, but it is not where
 * a safety answer should start.
 */
public final class SafetyQuestion {

    /** Words that ask about harm, as whole words of the query. */
    private static final Pattern ASKS_ABOUT_SAFETY = Pattern.compile(
            "\\b(?:safe|safely|safety|unsafe|risks?|risky|dangers?|dangerous|harm|harms|harmful|side[ -]effects?|"
                    + "addictive|addiction|dependence|withdrawal|overdose|toxic|toxicity|poisoning|interactions?|warnings?)\\b");

    private SafetyQuestion() {
    }

    public static boolean asks(String query) {
        return ASKS_ABOUT_SAFETY.matcher(query.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * {@code ranked} with every claims text that stands above the last reviewed article about one
     * of {@code substances} moved just below it, scored as that article, so scores still descend.
     * Anything else keeps its place.
     */
    public static ScoreDoc[] reviewedFirst(IndexSearcher searcher, ScoreDoc[] ranked, Set<String> substances) throws IOException {
        if (ranked.length < 2 || substances.isEmpty()) {
            return ranked;
        }
        boolean[] claims = Ranker.matches(searcher, new TermQuery(new Term(Schema.KIND, ArticleKind.CLAIMS.id())), ranked);
        return reviewedFirst(ranked, claims, Ranker.matches(searcher, aboutAny(substances), ranked));
    }

    /**
     * {@code ranked} with every claims text ({@code claims[i]}) that stands above the last reviewed article about a
     * named substance ({@code about[i]}) moved just below it, scored as that article.
     */
    public static ScoreDoc[] reviewedFirst(ScoreDoc[] ranked, boolean[] claims, boolean[] about) {
        int lastReviewed = -1;
        for (int i = 0; i < ranked.length; i++) {
            if (about[i] && !claims[i]) {
                lastReviewed = i;
            }
        }
        if (lastReviewed < 0) {
            return ranked;
        }
        List<ScoreDoc> reordered = new ArrayList<>(ranked.length);
        List<ScoreDoc> moved = new ArrayList<>();
        for (int i = 0; i < ranked.length; i++) {
            if (claims[i] && i < lastReviewed) {
                moved.add(ranked[i]);
            } else {
                reordered.add(ranked[i]);
            }
            if (i == lastReviewed) {
                float score = ranked[i].score;
                moved.forEach(doc -> reordered.add(new ScoreDoc(doc.doc, score, doc.shardIndex)));
            }
        }
        return reordered.toArray(ScoreDoc[]::new);
    }

    private static Query aboutAny(Set<String> substances) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        substances.forEach(id -> any.add(new TermQuery(new Term(Schema.SUBJECT, id)), BooleanClause.Occur.SHOULD));
        return any.build();
    }
}
