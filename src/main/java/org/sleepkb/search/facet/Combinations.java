package org.sleepkb.search.facet;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The articles of one index reader grouped by what the pass over every match treats alike: the same
 * facet values, which count together ({@link FacetCounter}), and the same text in the name fields
 * ({@link NameGroups}), which every query on those fields scores alike ({@link NameClauses}). A
 * hundred thousand articles share under two thousand combinations. Each combination knows its live
 * articles in slug order, so that the matches of its names alone need no visit of their own.
 */
final class Combinations {

    /** The facet values of a document without any, shared by all of them. */
    private static final int[] NO_VALUES = new int[0];

    /** Per document, the number of its combination. */
    private final int[] combinationOf;
    /** Per combination, its facet values (numbers of the caller's) and its name group. */
    private final int[][] values;
    private final int[] nameGroupOf;
    /** The live documents of combination {@code c} are {@code liveDocs[starts[c]]} to {@code liveDocs[starts[c + 1] - 1]}, in slug order. */
    private final int[] starts;
    private final int[] liveDocs;
    /** Per name group, one of its documents; ascending. */
    private final int[] nameExamples;

    private Combinations(int[] combinationOf, int[][] values, int[] nameGroupOf, int[] starts, int[] liveDocs, int[] nameExamples) {
        this.combinationOf = combinationOf;
        this.values = values;
        this.nameGroupOf = nameGroupOf;
        this.starts = starts;
        this.liveDocs = liveDocs;
        this.nameExamples = nameExamples;
    }

    /**
     * Reads the combinations of {@code reader}, whose facet values are in the sorted-set doc values
     * of {@code field}; {@code numbers} gives each value (its indexed bytes) the number it is known by.
     */
    static Combinations of(IndexReader reader, String field, Map<BytesRef, Integer> numbers, SlugOrder slugs)
            throws IOException {
        int maxDoc = reader.maxDoc();
        int[] nameGroups = NameGroups.of(reader);
        int[] combinationOf = new int[maxDoc];
        Map<Key, Integer> numbered = new HashMap<>();
        boolean[] live = new boolean[maxDoc];
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues docValues = DocValues.getSortedSet(leaf.reader(), field);
            int[] toNumber = new int[(int) docValues.getValueCount()];
            for (int ord = 0; ord < toNumber.length; ord++) {
                toNumber[ord] = numbers.get(docValues.lookupOrd(ord));
            }
            Bits liveInLeaf = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                int global = leaf.docBase + doc;
                live[global] = liveInLeaf == null || liveInLeaf.get(doc);
                int[] values = NO_VALUES;
                if (live[global] && docValues.advanceExact(doc)) {
                    values = new int[docValues.docValueCount()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = toNumber[(int) docValues.nextOrd()];
                    }
                }
                combinationOf[global] = numbered.computeIfAbsent(new Key(values, nameGroups[global]), key -> numbered.size());
            }
        }
        int count = numbered.size();
        int[][] values = new int[count][];
        int[] nameGroupOf = new int[count];
        numbered.forEach((key, number) -> {
            values[number] = key.values;
            nameGroupOf[number] = key.nameGroup;
        });
        int[] starts = new int[count + 1];
        int[] inSlugOrder = liveDocsInSlugOrder(live, slugs);
        for (int doc : inSlugOrder) {
            starts[combinationOf[doc] + 1]++;
        }
        for (int c = 0; c < count; c++) {
            starts[c + 1] += starts[c];
        }
        int[] liveDocs = new int[inSlugOrder.length];
        int[] next = Arrays.copyOf(starts, count);
        for (int doc : inSlugOrder) {
            liveDocs[next[combinationOf[doc]]++] = doc;
        }
        int[] nameExamples = new int[Arrays.stream(nameGroups).max().orElse(-1) + 1];
        Arrays.fill(nameExamples, -1);
        for (int doc = 0; doc < maxDoc; doc++) {
            if (nameExamples[nameGroups[doc]] < 0) {
                nameExamples[nameGroups[doc]] = doc;
            }
        }
        return new Combinations(combinationOf, values, nameGroupOf, starts, liveDocs, nameExamples);
    }

    private static int[] liveDocsInSlugOrder(boolean[] live, SlugOrder slugs) {
        long[] rankAndDoc = new long[live.length];
        int count = 0;
        for (int doc = 0; doc < live.length; doc++) {
            if (live[doc]) {
                rankAndDoc[count++] = (long) slugs.rank(doc) << 32 | doc;
            }
        }
        Arrays.sort(rankAndDoc, 0, count);
        int[] docs = new int[count];
        for (int i = 0; i < count; i++) {
            docs[i] = (int) rankAndDoc[i];
        }
        return docs;
    }

    /** A combination as a key that compares by content. */
    private record Key(int[] values, int nameGroup) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && nameGroup == key.nameGroup && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(values) + nameGroup;
        }
    }

    /** How many combinations there are; they are numbered from 0. */
    int count() {
        return values.length;
    }

    /** The combination of {@code doc} (a global document id). */
    int of(int doc) {
        return combinationOf[doc];
    }

    /** The facet values of {@code combination}, not to be changed. */
    int[] values(int combination) {
        return values[combination];
    }

    /** How many live documents {@code combination} has. */
    int size(int combination) {
        return starts[combination + 1] - starts[combination];
    }

    /** The name group of {@code combination}. */
    int nameGroup(int combination) {
        return nameGroupOf[combination];
    }

    /** One document of each name group, by group, in ascending order: any of them scores as its whole group does. */
    int[] nameExamples() {
        return nameExamples;
    }

    /**
     * Offers the live documents of {@code combination} that {@code visited} does not hold, in slug
     * order, each with {@code score}, until {@code best} keeps one no more: equal scores keep the
     * first slugs, so no later one of the combination would be kept either.
     */
    void offer(int combination, float score, Bits visited, BestMatches best) {
        for (int i = starts[combination]; i < starts[combination + 1]; i++) {
            int doc = liveDocs[i];
            if (!visited.get(doc) && !best.offer(doc, score)) {
                return;
            }
        }
    }
}
