package org.sleepkb.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.sleepkb.index.Schema;
import org.sleepkb.search.BundledCorpus;

/**
 * The spelling dictionary corrects a word exactly as Lucene's DirectSpellChecker did with the
 * settings the respeller used, on the bundled corpus's own words with typos made in them.
 */
class SpellingDictionaryTest {

    @Test
    void correctsEveryMisspellingOfTheCorpusWordsAsLucenesSpellCheckerDoes() {
        int compared = BundledCorpus.store().withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            SpellingDictionary dictionary = SpellingDictionary.of(reader, Schema.SPELL);
            DirectSpellChecker oneEdit = checker(1);
            DirectSpellChecker twoEdits = checker(2);
            int count = 0;
            for (String typo : misspellings(reader)) {
                assertEquals(lucenes(oneEdit, reader, typo), dictionary.closest(typo, 1), () -> typo + " within one edit");
                assertEquals(lucenes(twoEdits, reader, typo), dictionary.closest(typo, 2), () -> typo + " within two edits");
                count++;
            }
            return count;
        });
        assertTrue(compared > 2_000, "compared " + compared + " misspellings");
    }

    @Test
    void aSwapOfNeighbouringLettersIsOneEditAndTheFirstLetterIsKept() {
        SpellingDictionary dictionary = BundledCorpus.store().withSearcher(
                searcher -> SpellingDictionary.of(searcher.getIndexReader(), Schema.SPELL));
        assertEquals("melatonin", dictionary.closest("melatonni", 1));
        assertEquals("insomnia", dictionary.closest("insomina", 2));
        assertNull(dictionary.closest("nelatonin", 2), "a wrong first letter is not corrected");
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(1);
        checker.setMaxEdits(maxEdits);
        checker.setAccuracy(SpellingDictionary.ACCURACY);
        checker.setMaxQueryLength(Respeller.MAX_WORD_LENGTH);
        return checker;
    }

    private static String lucenes(DirectSpellChecker checker, IndexReader reader, String word) throws IOException {
        SuggestWord[] found = checker.suggestSimilar(new Term(Schema.SPELL, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return found.length == 0 ? null : found[0].string;
    }

    /** Words of the corpus with one or two letters dropped, doubled, changed or swapped, that the corpus does not hold. */
    private static List<String> misspellings(IndexReader reader) throws IOException {
        List<String> words = new ArrayList<>();
        TermsEnum terms = MultiTerms.getTerms(reader, Schema.SPELL).iterator();
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
            words.add(term.utf8ToString());
        }
        Random random = new Random(7);
        TreeSet<String> typos = new TreeSet<>();
        for (int i = 0; i < words.size(); i += 3) {
            String typo = mutated(mutated(words.get(i), random), random);
            if (reader.docFreq(new Term(Schema.SPELL, typo)) == 0) {
                typos.add(typo);
            }
            typo = mutated(words.get(i), random);
            if (reader.docFreq(new Term(Schema.SPELL, typo)) == 0) {
                typos.add(typo);
            }
        }
        return List.copyOf(typos);
    }

    private static String mutated(String word, Random random) {
        if (word.length() < 2) {
            return word + "e";
        }
        int at = random.nextInt(word.length() - 1);
        char letter = (char) ('a' + random.nextInt(26));
        StringBuilder out = new StringBuilder(word);
        switch (random.nextInt(4)) {
            case 0 -> out.deleteCharAt(at + 1);
            case 1 -> out.insert(at + 1, letter);
            case 2 -> out.setCharAt(at + 1, letter);
            default -> {
                out.setCharAt(at, word.charAt(at + 1));
                out.setCharAt(at + 1, word.charAt(at));
            }
        }
        return out.toString();
    }
}
