package org.sleepkb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.lucene.search.DocIdSetIterator;
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

    private static final int MAX_LENGTH = 50_000;

    private final IntFunction<String> bodies;

    /**
     * @param bodies        the body text of a document id, already read with the rest of its hit
     * @param strictPhrases whether a phrase marks its words only where they stand as the phrase.
     *                      Plain words need not: their phrase clauses are the proximity bonus over
     *                      words the query matches anyway (the words of a multi-word synonym are then
     *                      marked wherever they stand), and checking positions costs span queries per hit.
     */
    SnippetHighlighter(IndexSearcher searcher, IntFunction<String> bodies, boolean strictPhrases) {
        super(UnifiedHighlighter.builder(searcher, Analyzers.forIndexing())
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), PASSAGE_GOAL, 0.3f))
                // No match in the body (a title-only hit): no snippet, so the hit shows its summary.
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_LENGTH)
                // Matches found per document by a weight of the whole query cost every hit a rewrite
                // and term lookups in all six fields; body terms extracted once per page are a third cheaper.
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(strictPhrases));
        this.bodies = bodies;
    }

    /** The bodies of the hits, which were decoded already: reading them again would decompress their stored fields a second time. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            String body = bodies.apply(doc);
            values.add(new CharSequence[] {body.length() > MAX_LENGTH ? body.substring(0, MAX_LENGTH) : body});
        }
        return values;
    }

    /** One snippet per document id, in order; an entry is null when the body has no match. */
    Object[] snippets(Query query, int[] docIds) throws IOException {
        Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {Schema.BODY}, query, docIds, new int[] {1});
        return byField.get(Schema.BODY);
    }
}
