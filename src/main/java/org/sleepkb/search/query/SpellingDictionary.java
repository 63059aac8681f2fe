package org.sleepkb.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of one index reader's spelling field, read once and grouped by first letter and
 * length, to find the closest to an unknown word. It gives exactly what Lucene's
 * {@code DirectSpellChecker} gives with the settings the {@link Respeller} used with it (first letter
 * kept, transpositions one edit, accuracy {@link #ACCURACY}, the best of {@link #INSPECTED} inspected
 * candidates), but without building Levenshtein automata for every word: that checker built up to
 * three per unknown word and intersected them with the term dictionary, which cost a third of a
 * search whose long question holds many words the articles do not (docs/performance.md). Here a
 * word is compared, within a band of the allowed edits, with the few words that share its first
 * letter and nearly its length.
 */
final class SpellingDictionary {

    /** Least similarity (1 - edits / the shorter length) of a correction. */
    static final float ACCURACY = 0.6f;
    /** Candidates kept per edit distance before the best is chosen (DirectSpellChecker: 1 suggestion × 5 inspections). */
    static final int INSPECTED = 5;

    /** The words as code points, in term dictionary order (so an index orders as the bytes do). */
    private final int[][] words;
    private final int[] docFreqs;
    /** Indexes into {@link #words}, ascending, by first code point and length. */
    private final Map<Long, int[]> byStartAndLength;

    private SpellingDictionary(int[][] words, int[] docFreqs, Map<Long, int[]> byStartAndLength) {
        this.words = words;
        this.docFreqs = docFreqs;
        this.byStartAndLength = byStartAndLength;
    }

    static SpellingDictionary of(IndexReader reader, String field) throws IOException {
        List<int[]> words = new ArrayList<>();
        List<Integer> docFreqs = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms != null) {
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                words.add(term.utf8ToString().codePoints().toArray());
                docFreqs.add(each.docFreq());
            }
        }
        Map<Long, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            int[] word = words.get(i);
            if (word.length > 0) {
                groups.computeIfAbsent(key(word[0], word.length), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, int[]> byStartAndLength = new HashMap<>();
        groups.forEach((key, group) -> byStartAndLength.put(key, group.stream().mapToInt(Integer::intValue).toArray()));
        return new SpellingDictionary(words.toArray(int[][]::new), docFreqs.stream().mapToInt(Integer::intValue).toArray(),
                byStartAndLength);
    }

    private static long key(int start, int length) {
        return ((long) start << 32) | length;
    }

    /**
     * The word of the dictionary closest to {@code word} (lower case, not itself in the dictionary)
     * within {@code maxEdits} (1 or 2) edits after its unchanged first letter: the most similar,
     * then the most frequent, then the first in alphabetical order; null when none is similar
     * enough or the word is shorter or longer than the words the {@link Respeller} respells.
     */
    String closest(String word, int maxEdits) {
        int[] typed = word.codePoints().toArray();
        if (typed.length < Respeller.MIN_LENGTH || typed.length > Respeller.MAX_WORD_LENGTH) {
            return null;
        }
        List<Candidate> candidates = inspected(typed, 1);
        if (maxEdits > 1 && candidates.size() < INSPECTED) {
            for (Candidate further : inspected(typed, maxEdits)) {
                if (candidates.stream().noneMatch(c -> c.index == further.index)) {
                    candidates.add(further);
                }
            }
        }
        return candidates.stream()
                .max(Comparator.comparingDouble((Candidate c) -> c.similarity)
                        .thenComparingInt(c -> docFreqs[c.index])
                        .thenComparing(c -> words[c.index], SpellingDictionary::descending))
                .map(c -> new String(words[c.index], 0, words[c.index].length))
                .orElse(null);
    }

    private record Candidate(int index, float similarity) {
    }

    /**
     * The best {@link #INSPECTED} words within {@code maxEdits} of {@code typed}, by similarity,
     * then dictionary order, as the checker's queue kept them.
     */
    private List<Candidate> inspected(int[] typed, int maxEdits) {
        List<Candidate> found = new ArrayList<>();
        int[] scratch = new int[3 * (typed.length + maxEdits + 1)];
        for (int length = Math.max(1, typed.length - maxEdits); length <= typed.length + maxEdits; length++) {
            int[] group = byStartAndLength.get(key(typed[0], length));
            if (group == null) {
                continue;
            }
            for (int index : group) {
                int edits = OptimalAlignment.distance(typed, words[index], maxEdits, scratch);
                if (edits == 0 || edits > maxEdits) {
                    continue;
                }
                // As Lucene's fuzzy terms: edits relative to the shorter of the two, in float arithmetic.
                float similarity = 1f - (float) edits / (float) Math.min(length, typed.length);
                if (similarity >= ACCURACY && docFreqs[index] > 0) {
                    found.add(new Candidate(index, similarity));
                }
            }
        }
        found.sort(Comparator.comparingDouble((Candidate c) -> -c.similarity).thenComparingInt(c -> c.index));
        return new ArrayList<>(found.subList(0, Math.min(INSPECTED, found.size())));
    }

    /** Reverse alphabetical order of the words as strings, so that the greatest is the first alphabetically. */
    private static int descending(int[] a, int[] b) {
        return new String(b, 0, b.length).compareTo(new String(a, 0, a.length));
    }

    /**
     * Restricted Damerau-Levenshtein ("optimal string alignment") distance of two words past their
     * common first letter, where swapping two neighbouring letters is one edit, as in Lucene's
     * Levenshtein automata with transpositions; computed only within {@code max} of the diagonal.
     */
    static final class OptimalAlignment {

        private OptimalAlignment() {
        }

        /** The distance of {@code a} and {@code b} after their first code point, or {@code max + 1} when it exceeds {@code max}. */
        static int distance(int[] a, int[] b, int max, int[] scratch) {
            int n = a.length - 1;
            int m = b.length - 1;
            int beyond = max + 1;
            if (Math.abs(n - m) > max) {
                return beyond;
            }
            int width = m + 2;
            int twoBack = 0;
            int back = width;
            int row = 2 * width;
            for (int j = 0; j <= m; j++) {
                scratch[back + j] = Math.min(j, beyond);
            }
            scratch[back + m + 1] = beyond;
            for (int i = 1; i <= n; i++) {
                int lo = Math.max(1, i - max);
                int hi = Math.min(m, i + max);
                scratch[row] = Math.min(i, beyond);
                scratch[row + lo - 1] = lo == 1 ? scratch[row] : beyond;
                int least = lo == 1 ? scratch[row] : beyond;
                int letter = a[i];
                for (int j = lo; j <= hi; j++) {
                    int value = Math.min(scratch[back + j - 1] + (letter == b[j] ? 0 : 1),
                            Math.min(scratch[back + j], scratch[row + j - 1]) + 1);
                    if (i > 1 && j > 1 && letter == b[j - 1] && a[i - 1] == b[j]) {
                        value = Math.min(value, scratch[twoBack + j - 2] + 1);
                    }
                    value = Math.min(value, beyond);
                    scratch[row + j] = value;
                    least = Math.min(least, value);
                }
                if (hi < m) {
                    scratch[row + hi + 1] = beyond;
                }
                if (least > max) {
                    return beyond;
                }
                int free = twoBack;
                twoBack = back;
                back = row;
                row = free;
            }
            return scratch[back + m];
        }
    }
}
