package org.sleepkb.search.facet;

import java.io.IOException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.sleepkb.search.rank.Ranker;

/**
 * The clauses of a plain disjunction that search the name fields alone ({@link NameGroups}), scored
 * once per combination of articles instead of once per article: every article of a combination holds
 * the same names, so the clauses match all of them or none, with one score. "sleep" in a topic name
 * matches 29 % of 100k articles, and these clauses were as many postings as the body's, and a third
 * of the matches, of the pass over every match (docs/performance.md). The pass visits only what the
 * other clauses match, adding each article's names score; the combinations the names match count
 * whole, and their articles that the other clauses miss compete for the best places on their names
 * score alone ({@link FacetCounter}). Scores add up as before, but the names' part is summed apart,
 * which can round the last digit differently.
 */
final class NameClauses {

    private final Query rest;
    /** Per combination, whether the name clauses match it, and their score (zero where they do not). */
    private final boolean[] matches;
    private final float[] scores;
    private final boolean matchesAny;

    private NameClauses(Query rest, boolean[] matches, float[] scores, boolean matchesAny) {
        this.rest = rest;
        this.matches = matches;
        this.scores = scores;
        this.matchesAny = matchesAny;
    }

    /**
     * The name clauses of {@code query} scored per combination, or null when it has none, or is
     * not a disjunction of optional clauses (a query with syntax is searched as it is).
     */
    static NameClauses of(IndexSearcher searcher, Query query, Combinations combinations) throws IOException {
        if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() != 0) {
            return null;
        }
        BooleanQuery.Builder rest = new BooleanQuery.Builder();
        BooleanQuery.Builder names = new BooleanQuery.Builder();
        boolean hasNames = false;
        for (BooleanClause clause : bool) {
            if (clause.getOccur() != BooleanClause.Occur.SHOULD) {
                return null;
            }
            boolean onNames = onNamesAlone(clause.getQuery());
            (onNames ? names : rest).add(clause);
            hasNames |= onNames;
        }
        if (!hasNames) {
            return null;
        }
        float[] byGroup = Ranker.found(searcher, names.build(), ScoreMode.COMPLETE, combinations.nameExamples());
        boolean[] matches = new boolean[combinations.count()];
        float[] scores = new float[combinations.count()];
        boolean matchesAny = false;
        for (int combination = 0; combination < scores.length; combination++) {
            float found = byGroup[combinations.nameGroup(combination)];
            matches[combination] = !Float.isNaN(found);
            scores[combination] = matches[combination] ? found : 0f;
            matchesAny |= matches[combination];
        }
        return new NameClauses(rest.build(), matches, scores, matchesAny);
    }

    /**
     * Whether {@code query} searches the name fields alone, and is a kind of query that matches and
     * scores an article by that field's text only; anything else stays in the pass.
     */
    private static boolean onNamesAlone(Query query) {
        if (query instanceof BoostQuery boosted) {
            return onNamesAlone(boosted.getQuery());
        }
        String field = query instanceof TermQuery term ? term.getTerm().field()
                : query instanceof SynonymQuery synonyms ? synonyms.getField()
                : query instanceof PhraseQuery phrase ? phrase.getField()
                : query instanceof MultiPhraseQuery phrase ? phrase.getTermArrays()[0][0].field()
                : null;
        return field != null && NameGroups.FIELDS.contains(field);
    }

    /** The query without its name clauses: what the pass visits. */
    Query rest() {
        return rest;
    }

    /** Whether the name clauses match any article at all. */
    boolean matchesAny() {
        return matchesAny;
    }

    /** Whether the name clauses match the articles of {@code combination}. */
    boolean matches(int combination) {
        return matches[combination];
    }

    /** Per combination, the score the name clauses give its articles, zero where they do not match; not to be changed. */
    float[] scores() {
        return scores;
    }

    /** The score the name clauses give the articles of {@code combination}, zero where they do not match. */
    float score(int combination) {
        return scores[combination];
    }
}
