package org.sleepkb.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.sleepkb.index.Schema;

/**
 * Lucene's unified highlighter over the body field, returning {@link SnippetFormatter.Snippet}s
 * (escaped HTML plus the offset of the best passage, which locates the section that matched).
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    private static final int PASSAGES = 2;

    SnippetHighlighter(IndexSearcher searcher) {
        super(UnifiedHighlighter.builder(searcher, org.sleepkb.index.Analyzers.forIndexing())
                .withFormatter(new SnippetFormatter())
                .withMaxLength(20_000));
    }

    /** One snippet per document id, in order; an entry is null when the body is empty. */
    Object[] snippets(Query query, int[] docIds) throws IOException {
        Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {Schema.BODY}, query, docIds, new int[] {PASSAGES});
        return byField.get(Schema.BODY);
    }
}
