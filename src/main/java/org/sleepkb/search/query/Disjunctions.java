package org.sleepkb.search.query;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Flattens the disjunctions the parser nests into the query around them. "sleep stress" parses as
 * {@code (title:sleep body:sleep …) (title:stress body:stress …)}, a word with synonyms as a weighted
 * disjunction per field ({@code (title:"stress out" title:overwhelm …)^1.5}). Nested, each
 * disjunction gathers its clauses' scores in a scorer of its own (2,048 buckets each) before the
 * query adds them up; flat, one scorer adds up every clause, which made the pass over every match
 * at 100k articles cheaper (docs/performance.md). A weight on a disjunction moves onto its clauses.
 * A document matches the same clauses and scores their sum either way, up to the rounding of the
 * partial sums.
 */
public final class Disjunctions {

    private Disjunctions() {
    }

    /** {@code query} with each optional clause that is itself a plain disjunction, weighted or not, replaced by its clauses. */
    public static Query flattened(Query query) {
        if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() != 0) {
            return query;
        }
        BooleanQuery.Builder flat = new BooleanQuery.Builder();
        for (BooleanClause clause : bool) {
            if (clause.getOccur() == BooleanClause.Occur.SHOULD) {
                addOptional(flat, clause.getQuery(), 1f);
            } else {
                flat.add(clause);
            }
        }
        return flat.build();
    }

    private static void addOptional(BooleanQuery.Builder flat, Query query, float boost) {
        if (query instanceof BoostQuery boosted && isPlainDisjunction(boosted.getQuery())) {
            addOptional(flat, boosted.getQuery(), boost * boosted.getBoost());
        } else if (isPlainDisjunction(query)) {
            for (BooleanClause inner : (BooleanQuery) query) {
                addOptional(flat, inner.getQuery(), boost);
            }
        } else {
            flat.add(boost == 1f ? query : new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        }
    }

    /** Optional clauses only, any one of which is enough. */
    private static boolean isPlainDisjunction(Query query) {
        return query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0 && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(clause -> clause.getOccur() == BooleanClause.Occur.SHOULD);
    }
}
