package org.sleepkb.search.rank;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

/**
 * The relevance model of {@link PseudoRelevanceFeedback}: each useful word of a few articles,
 * weighed by its share of each article's words times the article's score, summed over the
 * articles. Words stay the index's bytes, counted in primitive arrays: the five articles hold
 * thousands of terms, and decoding each into a string and boxing its counts into maps was most
 * of the model's cost; only the words chosen (and the words tied with them) are decoded.
 */
final class RelevanceModel {

    private final String[] fields;
    private final BytesRefHash terms = new BytesRefHash();
    private double[] weights = new double[BytesRefHash.DEFAULT_CAPACITY];
    /** The current article's count of each term, and the terms it holds in the order first met. */
    private int[] counts = new int[BytesRefHash.DEFAULT_CAPACITY];
    private int[] held = new int[BytesRefHash.DEFAULT_CAPACITY];

    /** A model of the words of {@code fields} of the term vectors it is given. */
    RelevanceModel(String... fields) {
        this.fields = fields.clone();
    }

    /** Adds an article with term vectors {@code vectors} (null for none) and score {@code score}. */
    void add(Fields vectors, float score) throws IOException {
        if (vectors == null) {
            return;
        }
        int distinct = 0;
        long length = 0;
        for (String field : fields) {
            Terms inField = vectors.terms(field);
            if (inField == null) {
                continue;
            }
            TermsEnum each = inField.iterator();
            for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
                if (!useful(bytes)) {
                    continue;
                }
                int term = idOf(bytes);
                if (counts[term] == 0) {
                    held = ArrayUtil.grow(held, distinct + 1);
                    held[distinct++] = term;
                }
                int count = (int) each.totalTermFreq();
                counts[term] += count;
                length += count;
            }
        }
        for (int i = 0; i < distinct; i++) {
            int term = held[i];
            // float times count, then divided in double: the arithmetic the weights were tuned with.
            weights[term] += score * counts[term] / (double) length;
            counts[term] = 0;
        }
    }

    private int idOf(BytesRef bytes) {
        int id = terms.add(bytes);
        if (id < 0) {
            return -id - 1;
        }
        weights = ArrayUtil.grow(weights, id + 1);
        counts = ArrayUtil.grow(counts, id + 1);
        return id;
    }

    /** The {@code limit} heaviest terms, heaviest first, equal weights alphabetically. */
    Weighted[] strongest(int limit) {
        int[] best = new int[Math.min(limit, terms.size())];
        int kept = 0;
        for (int term = 0; term < terms.size(); term++) {
            if (kept == best.length && (kept == 0 || !heavier(term, best[kept - 1]))) {
                continue;
            }
            // Insertion into the short list of the heaviest so far; most terms stop at the check above.
            int at = kept < best.length ? kept++ : kept - 1;
            while (at > 0 && heavier(term, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = term;
        }
        return Arrays.stream(best).mapToObj(term -> new Weighted(BytesRef.deepCopyOf(bytes(term)), weights[term])).toArray(Weighted[]::new);
    }

    /** A term of the model and its weight. */
    record Weighted(BytesRef term, double weight) {
    }

    private boolean heavier(int term, int than) {
        if (weights[term] != weights[than]) {
            return weights[term] > weights[than];
        }
        // Rare ties are broken as strings compare, which differs from byte order outside the basic plane.
        return bytes(term).utf8ToString().compareTo(bytes(than).utf8ToString()) < 0;
    }

    private BytesRef bytes(int term) {
        return terms.get(term, new BytesRef());
    }

    /**
     * Whether a term is useful: numbers and fragments make poor expansion terms, so only words of
     * three or more letters are. Most terms are ASCII and are judged on their bytes without decoding.
     */
    static boolean useful(BytesRef bytes) {
        boolean ascii = true;
        for (int i = bytes.offset; i < bytes.offset + bytes.length; i++) {
            byte b = bytes.bytes[i];
            if (b < 0) {
                ascii = false;
            } else if (!(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z')) {
                return false;
            }
        }
        if (ascii) {
            return bytes.length >= 3;
        }
        String term = bytes.utf8ToString();
        return term.length() >= 3 && term.chars().allMatch(Character::isLetter);
    }
}
