package org.sleepkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The index as article searches see it: passage documents (which carry the vectors of semantic
 * search) are hidden as if deleted, so match-all queries, document counts, facets, autocomplete,
 * related articles and lookups by slug only ever meet articles. Document ids are unchanged, so a
 * passage found through {@link #withPassages} points into the same id space.
 */
public final class ArticlesOnlyReader extends FilterDirectoryReader {

    private ArticlesOnlyReader(DirectoryReader in) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return hidePassages(reader);
            }
        });
    }

    public static DirectoryReader wrap(DirectoryReader in) throws IOException {
        return new ArticlesOnlyReader(in);
    }

    /** The same point-in-time index with its passage documents visible, for vector search. */
    public static IndexReader withPassages(IndexReader reader) {
        return reader instanceof ArticlesOnlyReader articles ? articles.getDelegate() : reader;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new ArticlesOnlyReader(in);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null; // its live documents differ from the delegate's, so it must not share its cache key
    }

    private static LeafReader hidePassages(LeafReader reader) {
        try {
            Terms passages = reader.terms(Schema.PASSAGE_OF);
            if (passages == null) {
                return reader;
            }
            Bits liveBefore = reader.getLiveDocs();
            FixedBitSet live = FixedBitSet.copyOf(liveBefore == null ? new Bits.MatchAllBits(reader.maxDoc()) : liveBefore);
            TermsEnum slugs = passages.iterator();
            PostingsEnum docs = null;
            while (slugs.next() != null) {
                docs = slugs.postings(docs, PostingsEnum.NONE);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    live.clear(doc);
                }
            }
            int numDocs = live.cardinality();
            return new FilterLeafReader(reader) {
                @Override
                public Bits getLiveDocs() {
                    return live;
                }

                @Override
                public int numDocs() {
                    return numDocs;
                }

                @Override
                public CacheHelper getCoreCacheHelper() {
                    return in.getCoreCacheHelper(); // same postings, stored fields and doc values
                }

                @Override
                public CacheHelper getReaderCacheHelper() {
                    return null;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
