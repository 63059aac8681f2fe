package org.sleepkb.search.embedded;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.sleepkb.index.ArticleDocument;
import org.sleepkb.index.ReaderCache;
import org.sleepkb.index.Schema;
import org.sleepkb.search.Hit;
import org.sleepkb.search.query.QueryFactory;
import org.sleepkb.search.rank.Ranker;
import org.sleepkb.search.snippet.SnippetFormatter;
import org.sleepkb.search.snippet.SnippetHighlighter;

/**
 * Turns ranked documents into {@link Hit}s: the snippet of each, and what it shows of its
 * article, decoded from the stored document once per index reader ({@link #CACHED_ARTICLES} at most).
 */
final class Hits {

    /** Articles kept decoded: every article of a small knowledge base, the often-found ones of a large one (a few KB each, mostly the body). */
    private static final int CACHED_ARTICLES = 4096;

    private final ReaderCache<Integer, HitSource> sources = new ReaderCache<>(CACHED_ARTICLES);
    /** How each field is indexed, which the highlighter asks: merged from every segment once per reader, not once per page. */
    private final ReaderCache<Boolean, FieldInfos> fieldInfos = new ReaderCache<>(1);

    /**
     * The hits of {@code docs}, in order, with snippets marking the words of {@code asked}
     * (null: no snippets, each hit shows its summary).
     *
     * @param mayLackWords whether some of {@code docs} may not match {@code asked}, so that each must
     *                     be checked (a check costs about a third of a millisecond at 100k articles)
     */
    List<Hit> of(IndexSearcher searcher, QueryFactory.Parsed asked, ScoreDoc[] docs, boolean mayLackWords, LocalDate today)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] ids = new int[docs.length];
        Map<Integer, HitSource> sources = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
            sources.put(ids[i], source(searcher, stored, ids[i], today));
        }
        Object[] snippets = asked == null ? new Object[ids.length]
                : new SnippetHighlighter(searcher, fieldInfos(searcher.getIndexReader()), doc -> sources.get(doc).body(), !asked.plain())
                        .snippets(asked.highlighted(), ids);
        boolean[] typed = asked == null || !mayLackWords ? null : Ranker.matches(searcher, asked.query(), docs);
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            SnippetFormatter.Snippet snippet = snippets[i] instanceof SnippetFormatter.Snippet s ? s : null;
            hits.add(sources.get(ids[i]).hit(snippet, docs[i].score, typed == null || typed[i], today));
        }
        return hits;
    }

    /** The hit of one document, showing its summary. */
    Hit of(IndexSearcher searcher, ScoreDoc doc, LocalDate today) throws IOException {
        return source(searcher, searcher.storedFields(), doc.doc, today).hit(null, doc.score, true, today);
    }

    private FieldInfos fieldInfos(IndexReader reader) throws IOException {
        return fieldInfos.get(reader, true, ignored -> FieldInfos.getMergedFieldInfos(reader));
    }

    private HitSource source(IndexSearcher searcher, StoredFields stored, int doc, LocalDate today) throws IOException {
        return sources.get(searcher.getIndexReader(), doc,
                id -> HitSource.of(ArticleDocument.fromStored(stored.document(id, Set.of(Schema.STORED))), today));
    }
}
