package org.sleepkb.search.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.ArticleDocument;
import org.sleepkb.index.Schema;
import org.sleepkb.search.BundledCorpus;
import org.sleepkb.search.query.QueryFactory;

/**
 * A page's snippets read each term's postings once and advance them from hit to hit; each hit's
 * snippet is still exactly the one it gets highlighted on its own.
 */
class SnippetHighlighterTest {

    @ParameterizedTest
    @ValueSource(strings = {"sleep", "melatonin jet lag", "can't sleep at night", "\"sleep hormone\" -alcohol", "caffeine OR nicotine"})
    void eachHitOfAPageHasTheSnippetItHasAlone(String text) {
        int withSnippets = BundledCorpus.store().withSearcher(searcher -> {
            QueryFactory.Parsed parsed = new QueryFactory(Analyzers.forQueries(BundledCorpus.store().synonyms())).parse(text);
            TopDocs top = searcher.search(parsed.query(), 50);
            int[] ids = new int[top.scoreDocs.length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = top.scoreDocs[i].doc;
            }
            Object[] page = highlighter(searcher, parsed).snippets(parsed.highlighted(), ids);
            int snippets = 0;
            for (int i = 0; i < ids.length; i++) {
                Object alone = highlighter(searcher, parsed).snippets(parsed.highlighted(), new int[] {ids[i]})[0];
                int rank = i + 1;
                assertEquals(alone, page[i], () -> text + ": hit " + rank);
                snippets += page[i] == null ? 0 : 1;
            }
            return snippets;
        });
        assertTrue(withSnippets > 1, () -> text + " should find several hits with snippets, found " + withSnippets);
    }

    private static SnippetHighlighter highlighter(IndexSearcher searcher, QueryFactory.Parsed parsed) throws IOException {
        Map<Integer, String> bodies = new HashMap<>();
        for (ScoreDoc doc : searcher.search(parsed.query(), 50).scoreDocs) {
            bodies.put(doc.doc, ArticleDocument.fromStored(searcher.storedFields().document(doc.doc, Set.of(Schema.STORED)))
                    .article().bodyText());
        }
        return new SnippetHighlighter(searcher, FieldInfos.getMergedFieldInfos(searcher.getIndexReader()), bodies::get,
                !parsed.plain());
    }
}
