package org.sleepkb.search.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet values of one index reader, numbered from 0 in the order of their indexed bytes, as Lucene's global
 * ordinals are, so that equal counts list in the same order as Lucene's facet counts list them: per value its
 * dimension and its label, and the values a count lists per dimension.
 */
final class FacetValues {

    /** Values listed per dimension. */
    static final int MAX_VALUES = 30;

    /** The number of each value, by its indexed bytes. */
    private final TreeMap<BytesRef, Integer> numbers;
    /** Per value: its dimension's index in {@link Facets#DIMENSIONS} (-1: another) and its label. */
    private final int[] dimensionOf;
    private final String[] labelOf;

    private FacetValues(TreeMap<BytesRef, Integer> numbers, int[] dimensionOf, String[] labelOf) {
        this.numbers = numbers;
        this.dimensionOf = dimensionOf;
        this.labelOf = labelOf;
    }

    /** Reads the values of the facet doc values {@code field} of every document of {@code reader}. */
    static FacetValues of(IndexReader reader, String field) throws IOException {
        TreeMap<BytesRef, Integer> numbers = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues docValues = DocValues.getSortedSet(leaf.reader(), field);
            for (long ord = 0; ord < docValues.getValueCount(); ord++) {
                numbers.put(BytesRef.deepCopyOf(docValues.lookupOrd(ord)), 0);
            }
        }
        int[] dimensionOf = new int[numbers.size()];
        String[] labelOf = new String[numbers.size()];
        int next = 0;
        for (Map.Entry<BytesRef, Integer> value : numbers.entrySet()) {
            String[] path = FacetsConfig.stringToPath(value.getKey().utf8ToString());
            dimensionOf[next] = path.length == 2 ? Facets.DIMENSIONS.indexOf(path[0]) : -1;
            labelOf[next] = path[path.length - 1];
            value.setValue(next++);
        }
        return new FacetValues(numbers, dimensionOf, labelOf);
    }

    /** The number of each value, by its indexed bytes. */
    Map<BytesRef, Integer> numbers() {
        return numbers;
    }

    int count() {
        return labelOf.length;
    }

    int dimension(int value) {
        return dimensionOf[value];
    }

    String label(int value) {
        return labelOf[value];
    }

    /** Most frequent first; equal counts in the order of their values' bytes, as Lucene's facet counts order them. */
    List<LabelAndValue> top(int dimension, int[] counts) {
        List<Integer> present = new ArrayList<>();
        for (int value = 0; value < counts.length; value++) {
            if (dimensionOf[value] == dimension && counts[value] > 0) {
                present.add(value);
            }
        }
        present.sort(Comparator.comparingInt((Integer value) -> -counts[value]).thenComparingInt(value -> value));
        List<LabelAndValue> top = new ArrayList<>(Math.min(present.size(), MAX_VALUES));
        for (int value : present.subList(0, Math.min(present.size(), MAX_VALUES))) {
            top.add(new LabelAndValue(labelOf[value], counts[value]));
        }
        return top;
    }
}
