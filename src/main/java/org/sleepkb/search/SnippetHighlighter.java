package org.sleepkb.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.Schema;

/**
 * Lucene's unified highlighter over the body field: the one best passage of about two sentences,
 * as a {@link SnippetFormatter.Snippet} (escaped HTML plus where its first match stands, which
 * locates the section that matched).
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    /** Passages grow by whole sentences towards this many characters, mostly after the match; the formatter trims longer ones. */
    private static final int PASSAGE_GOAL = 200;

    /**
     * @param strictPhrases whether a phrase marks its words only where they stand as the phrase.
     *                      Plain words need not: their phrase clauses (proximity, multi-word synonyms)
     *                      only add to words the query matches anyway, and checking positions costs
     *                      span queries per hit.
     */
    SnippetHighlighter(IndexSearcher searcher, boolean strictPhrases) {
        super(UnifiedHighlighter.builder(searcher, Analyzers.forIndexing())
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), PASSAGE_GOAL, 0.3f))
                // No match in the body (a title-only hit): no snippet, so the hit shows its summary.
                .withMaxNoHighlightPassages(0)
                .withMaxLength(50_000)
                // Matches found per document by a weight of the whole query cost every hit a rewrite
                // and term lookups in all six fields; body terms extracted once per page are a third cheaper.
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(strictPhrases));
    }

    /** One snippet per document id, in order; an entry is null when the body has no match. */
    Object[] snippets(Query query, int[] docIds) throws IOException {
        Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {Schema.BODY}, query, docIds, new int[] {1});
        return byField.get(Schema.BODY);
    }
}
