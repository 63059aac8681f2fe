package org.sleepkb.search.embedded;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.Query;
import org.sleepkb.search.query.QueryFactory;
import org.sleepkb.search.query.Respeller;

/**
 * What was asked and what is searched. When the typed query finds nothing and its respelling
 * does, the respelling is searched and shown ({@code correctedFrom} = what was typed). When a
 * word is a plain typo of a word articles are about ("melatonim jet lag"), the respelling is
 * searched but the typed query stays shown, with the respelling as "did you mean"; a less
 * certain respelling that finds more is only offered as "did you mean". {@code parsed} is the
 * searched text as parsed, null when it is blank.
 */
record Interpretation(String query, String searched, String suggestion, String correctedFrom, QueryFactory.Parsed parsed) {

    /**
     * How {@code typed} is searched in {@code ctx}, its matches counted under {@code filter};
     * respelled only when {@code respellable}.
     */
    static Interpretation of(ReaderContext ctx, String typed, boolean respellable, UnaryOperator<Query> filter) throws IOException {
        Respeller.Respelling respelling = respellable ? ctx.respeller.respell(typed) : null;
        if (respelling == null) {
            return new Interpretation(typed, typed, null, null, typed.isBlank() ? null : ctx.queries.parse(typed));
        }
        QueryFactory.Parsed asTyped = ctx.queries.parse(typed);
        QueryFactory.Parsed corrected = ctx.queries.parse(respelling.text());
        long found = ctx.searcher.count(filter.apply(asTyped.query()));
        long foundCorrected = ctx.searcher.count(filter.apply(corrected.query()));
        if (foundCorrected == 0) {
            return new Interpretation(typed, typed, null, null, asTyped);
        }
        if (found == 0) {
            return new Interpretation(respelling.text(), respelling.text(), null, typed, corrected);
        }
        if (respelling.confident()) {
            return new Interpretation(typed, respelling.text(), respelling.text(), null, corrected);
        }
        return new Interpretation(typed, typed, foundCorrected > found ? respelling.text() : null, null, asTyped);
    }
}
