package org.sleepkb.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Flattens the disjunction the parser makes of an unfielded word (one clause per weighted field)
 * into the query around it. "sleep stress" parses as {@code (title:sleep body:sleep …) (title:stress
 * body:stress …)}: nested, each word's disjunction gathers its fields' scores in a pass of its own
 * before the query adds up the words; flat, one pass adds up every field of every word, which made
 * the pass over every match at 100k articles a twentieth cheaper (docs/performance.md). A document
 * matches the same clauses and scores their sum either way.
 */
final class Disjunctions {

    private Disjunctions() {
    }

    /** {@code query} with each optional clause that is itself a plain disjunction replaced by that disjunction's clauses. */
    static Query flattened(Query query) {
        if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() != 0) {
            return query;
        }
        BooleanQuery.Builder flat = new BooleanQuery.Builder();
        boolean changed = false;
        for (BooleanClause clause : bool) {
            if (clause.getOccur() == BooleanClause.Occur.SHOULD && isPlainDisjunction(clause.getQuery())) {
                for (BooleanClause inner : (BooleanQuery) clause.getQuery()) {
                    flat.add(inner.getQuery(), BooleanClause.Occur.SHOULD);
                }
                changed = true;
            } else {
                flat.add(clause);
            }
        }
        return changed ? flat.build() : query;
    }

    /** Optional clauses only, any one of which is enough. */
    private static boolean isPlainDisjunction(Query query) {
        return query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0 && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(clause -> clause.getOccur() == BooleanClause.Occur.SHOULD);
    }
}
