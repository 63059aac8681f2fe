package org.sleepkb.search.query;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A query built from a text's tokens for one field, rebuilt for another field: the same terms,
 * positions, structure and boosts with only the field changed, which is the query Lucene's query
 * builder makes of the same tokens for that field. The parser asks for each word once per weighted
 * text field, and building the synonym graph's query six times was half of parsing
 * (docs/performance.md); copying it is a fraction of that.
 */
final class FieldCopy {

    private FieldCopy() {
    }

    /**
     * {@code query} over {@code field} instead of its own, or null when it holds a kind of query
     * copied nowhere here (span queries of a quoted synonym graph, for one): build that one afresh.
     */
    static Query of(Query query, String field) {
        if (query instanceof TermQuery term) {
            return new TermQuery(new Term(field, term.getTerm().bytes()));
        }
        if (query instanceof BoostQuery boosted) {
            Query inner = of(boosted.getQuery(), field);
            return inner == null ? null : new BoostQuery(inner, boosted.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool) {
                Query inner = of(clause.getQuery(), field);
                if (inner == null) {
                    return null;
                }
                copy.add(inner, clause.getOccur());
            }
            return copy.build();
        }
        if (query instanceof SynonymQuery synonyms) {
            return synonyms(synonyms, field);
        }
        if (query instanceof PhraseQuery phrase) {
            PhraseQuery.Builder copy = new PhraseQuery.Builder().setSlop(phrase.getSlop());
            Term[] terms = phrase.getTerms();
            int[] positions = phrase.getPositions();
            for (int i = 0; i < terms.length; i++) {
                copy.add(new Term(field, terms[i].bytes()), positions[i]);
            }
            return copy.build();
        }
        if (query instanceof MultiPhraseQuery phrase) {
            MultiPhraseQuery.Builder copy = new MultiPhraseQuery.Builder().setSlop(phrase.getSlop());
            Term[][] termArrays = phrase.getTermArrays();
            int[] positions = phrase.getPositions();
            for (int i = 0; i < termArrays.length; i++) {
                Term[] atPosition = new Term[termArrays[i].length];
                for (int j = 0; j < atPosition.length; j++) {
                    atPosition[j] = new Term(field, termArrays[i][j].bytes());
                }
                copy.add(atPosition, positions[i]);
            }
            return copy.build();
        }
        return null;
    }

    /**
     * A synonym query tells its terms but not their boosts: it is copied only when rebuilt with
     * every boost 1 (what the analyzers give: none sets a boost) it equals itself.
     */
    private static Query synonyms(SynonymQuery synonyms, String field) {
        SynonymQuery.Builder same = new SynonymQuery.Builder(synonyms.getField());
        SynonymQuery.Builder copy = new SynonymQuery.Builder(field);
        for (Term term : synonyms.getTerms()) {
            same.addTerm(term);
            copy.addTerm(new Term(field, term.bytes()));
        }
        return same.build().equals(synonyms) ? copy.build() : null;
    }
}
