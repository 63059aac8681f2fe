package org.sleepkb.search.facet;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.sleepkb.index.Schema;

/**
 * Which articles of an index reader hold the same text in the name fields: the same terms at the
 * same positions and the same length norm, so that every query on those fields matches and scores
 * them alike. An article's topic and substance names are those of its topics and substances, so a
 * hundred thousand articles hold a few hundred distinct texts there, while a word such as "sleep"
 * in a topic name matches 29 % of them; {@link NameClauses} scores such a word once per text.
 * The texts are compared as indexed, so an article whose names differ from its topics' (a broken
 * profile keeps the version an article was last indexed with) is simply grouped apart.
 */
public final class NameGroups {

    /** The fields whose text an article takes from its topics and substances. */
    public static final List<String> FIELDS = List.of(Schema.TOPIC_NAMES, Schema.SUBSTANCE_NAMES);

    private NameGroups() {
    }

    /** Per document of {@code reader}, the number of its group (from 0, in the order of first documents). */
    static int[] of(IndexReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        Texts texts = new Texts(reader);
        // Two walks over the same postings: the first measures each document's text, the second writes it.
        int[] start = new int[maxDoc + 1];
        texts.walk((doc, value) -> start[doc + 1]++);
        for (int doc = 0; doc < maxDoc; doc++) {
            start[doc + 1] += start[doc];
        }
        int[] values = new int[start[maxDoc]];
        int[] next = Arrays.copyOf(start, maxDoc);
        texts.walk((doc, value) -> values[next[doc]++] = value);
        Map<Text, Integer> numbers = new HashMap<>();
        int[] groupOf = new int[maxDoc];
        for (int doc = 0; doc < maxDoc; doc++) {
            groupOf[doc] = numbers.computeIfAbsent(new Text(values, start[doc], start[doc + 1]), text -> numbers.size());
        }
        return groupOf;
    }

    /** A document's text in the name fields as numbers, which compares by content. */
    private record Text(int[] values, int from, int to) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Text text && Arrays.equals(values, from, to, text.values, text.from, text.to);
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + values[i];
            }
            return hash;
        }
    }

    private interface Sink {
        void accept(int doc, int value);
    }

    /**
     * The name fields of every document as a sequence of numbers: per field, each term's number,
     * frequency and positions (terms in index order), then the length norm. Terms are numbered per
     * field across segments, so that equal texts give equal sequences wherever they are.
     */
    private static final class Texts {
        private final IndexReader reader;
        private final BytesRefHash[] terms = new BytesRefHash[FIELDS.size()];

        Texts(IndexReader reader) {
            this.reader = reader;
            Arrays.setAll(terms, field -> new BytesRefHash());
        }

        void walk(Sink sink) throws IOException {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (int field = 0; field < FIELDS.size(); field++) {
                    Terms inField = leaf.reader().terms(FIELDS.get(field));
                    if (inField != null) {
                        TermsEnum each = inField.iterator();
                        PostingsEnum postings = null;
                        for (BytesRef term = each.next(); term != null; term = each.next()) {
                            int number = number(field, term);
                            postings = each.postings(postings, PostingsEnum.POSITIONS);
                            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                                int global = leaf.docBase + doc;
                                sink.accept(global, field);
                                sink.accept(global, number);
                                sink.accept(global, postings.freq());
                                for (int i = 0; i < postings.freq(); i++) {
                                    sink.accept(global, postings.nextPosition());
                                }
                            }
                        }
                    }
                    NumericDocValues norms = leaf.reader().getNormValues(FIELDS.get(field));
                    if (norms != null) {
                        for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                            int global = leaf.docBase + doc;
                            // A negative field marks the norm, which no term's entry can be mistaken for.
                            sink.accept(global, -1 - field);
                            sink.accept(global, (int) (norms.longValue() >>> 32));
                            sink.accept(global, (int) norms.longValue());
                        }
                    }
                }
            }
        }

        private int number(int field, BytesRef term) {
            int number = terms[field].add(term);
            return number < 0 ? -number - 1 : number;
        }
    }
}
