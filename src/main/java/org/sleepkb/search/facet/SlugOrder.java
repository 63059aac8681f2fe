package org.sleepkb.search.facet;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.sleepkb.index.Schema;

/**
 * Where each article's slug stands in the order of all slugs of one index reader, and the slug
 * itself, by document id: equal scores list in slug order, and comparing two numbers per match is
 * what lets the pass over every match keep its best ones cheaply ({@link BestMatches}). Built once
 * per reader from the slugs' sorted doc values, whose ordinals across segments are that order.
 */
final class SlugOrder {

    /** The rank of a document without a slug: after every slug, as no article lacks one. */
    static final int NO_SLUG = Integer.MAX_VALUE;

    private final int[] rankOf;
    /** The slug of rank {@code r} is {@code bytes[starts[r]]} to {@code bytes[starts[r + 1] - 1]}. */
    private final byte[] bytes;
    private final int[] starts;

    private SlugOrder(int[] rankOf, byte[] bytes, int[] starts) {
        this.rankOf = rankOf;
        this.bytes = bytes;
        this.starts = starts;
    }

    static SlugOrder of(IndexReader reader) throws IOException {
        int[] rankOf = new int[reader.maxDoc()];
        Arrays.fill(rankOf, NO_SLUG);
        SortedDocValues slugs = MultiDocValues.getSortedValues(reader, Schema.SLUG);
        if (slugs == null) {
            return new SlugOrder(rankOf, new byte[0], new int[] {0});
        }
        for (int doc = slugs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = slugs.nextDoc()) {
            rankOf[doc] = slugs.ordValue();
        }
        int[] starts = new int[slugs.getValueCount() + 1];
        byte[] bytes = new byte[0];
        int length = 0;
        TermsEnum values = slugs.termsEnum();
        int rank = 0;
        for (BytesRef slug = values.next(); slug != null; slug = values.next()) {
            bytes = ArrayUtil.grow(bytes, length + slug.length);
            System.arraycopy(slug.bytes, slug.offset, bytes, length, slug.length);
            length += slug.length;
            starts[++rank] = length;
        }
        return new SlugOrder(rankOf, bytes, starts);
    }

    /** Lower for a slug that sorts first. */
    int rank(int doc) {
        return rankOf[doc];
    }

    /** The slug of {@code doc}, sharing this order's bytes (not to be changed). */
    BytesRef slug(int doc) {
        int rank = rankOf[doc];
        return rank == NO_SLUG ? null : new BytesRef(bytes, starts[rank], starts[rank + 1] - starts[rank]);
    }
}
