package org.sleepkb.search.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.sleepkb.index.Schema;

/**
 * Which article each passage document belongs to, and each article's slug, by document id of one
 * index reader (with its passages visible). Built once per reader: a vector search returns
 * thousands of passages, and looking each one up in stored fields would cost more than the search.
 */
public final class PassageMap {

    private final int[] articleOf;
    private final String[] slugOf;
    private final int passages;

    private PassageMap(int[] articleOf, String[] slugOf, int passages) {
        this.articleOf = articleOf;
        this.slugOf = slugOf;
        this.passages = passages;
    }

    public static PassageMap of(IndexReader reader) throws IOException {
        String[] slugOf = new String[reader.maxDoc()];
        Map<String, Integer> articleBySlug = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            forEachLive(leaf, Schema.SLUG, (slug, doc) -> {
                slugOf[doc] = slug;
                articleBySlug.put(slug, doc);
            });
        }
        int[] articleOf = new int[reader.maxDoc()];
        Arrays.fill(articleOf, -1);
        int[] count = {0};
        for (LeafReaderContext leaf : reader.leaves()) {
            forEachLive(leaf, Schema.PASSAGE_OF, (slug, doc) -> {
                articleOf[doc] = articleBySlug.getOrDefault(slug, -1);
                count[0]++;
            });
        }
        return new PassageMap(articleOf, slugOf, count[0]);
    }

    private interface Posting {
        void accept(String term, int doc);
    }

    /** Calls {@code action} with each term of {@code field} and each live document (global id) that has it. */
    private static void forEachLive(LeafReaderContext leaf, String field, Posting action) throws IOException {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
            return;
        }
        Bits live = leaf.reader().getLiveDocs();
        TermsEnum values = terms.iterator();
        PostingsEnum docs = null;
        for (BytesRef value = values.next(); value != null; value = values.next()) {
            String term = value.utf8ToString();
            docs = values.postings(docs, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    action.accept(term, leaf.docBase + doc);
                }
            }
        }
    }

    public boolean isEmpty() {
        return passages == 0;
    }

    /** The article document of a passage document, or -1. */
    int articleOf(int passageDoc) {
        return articleOf[passageDoc];
    }

    public String slugOf(int articleDoc) {
        return slugOf[articleDoc];
    }

    /** A query for exactly the articles {@code docs}. */
    public Query articles(ScoreDoc[] docs) {
        List<BytesRef> slugs = new ArrayList<>(docs.length);
        for (ScoreDoc doc : docs) {
            slugs.add(new BytesRef(slugOf(doc.doc)));
        }
        return new TermInSetQuery(Schema.SLUG, slugs);
    }
}
