package org.sleepkb.search.rank;

import java.util.Collection;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.sleepkb.index.Schema;
import org.sleepkb.search.query.Disjunctions;

/**
 * A query that also matches some articles named by slug, which it scores zero: how the articles a
 * search finds by meaning or by feedback join what the typed words match, so that the count and
 * the facets cover every hit. The words' disjunction stays flat ({@link Disjunctions}), so that the
 * pass over every match still scores the clauses on names per combination ({@link org.sleepkb.search.facet.NameClauses}).
 */
public final class Widening {

    private Widening() {
    }

    public static Query withArticles(Query query, Collection<BytesRef> slugs) {
        if (slugs.isEmpty()) {
            return query;
        }
        return Disjunctions.flattened(new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(Schema.SLUG, slugs)), 0f), BooleanClause.Occur.SHOULD)
                .build());
    }
}
