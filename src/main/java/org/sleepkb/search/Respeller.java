package org.sleepkb.search;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.sleepkb.index.Schema;

/**
 * Corrects words the index has never seen ("melatonim", "insomina", "ashwaganda") to the
 * closest word it has, for "did you mean" and for searching on the correction instead.
 */
final class Respeller {

    /**
     * A respelled query.
     *
     * @param confident every correction is one edit away (a typo, a swapped or missing letter),
     *                  so searching on it beats searching on a word the index does not hold
     */
    record Respelling(String text, boolean confident) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final int MIN_LENGTH = 4;

    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(1);
        checker.setMaxEdits(maxEdits);
        checker.setAccuracy(0.6f);
        return checker;
    }

    /** The query with unknown words replaced, or null when every word is known or none can be corrected. */
    Respelling respell(String query, IndexReader reader) throws IOException {
        if (query.isBlank() || query.contains(":") || query.contains("\"")) {
            return null;
        }
        Matcher words = WORD.matcher(query);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        boolean confident = true;
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String replacement = word;
            if (lower.length() >= MIN_LENGTH && !isOperator(word) && reader.docFreq(new Term(Schema.SPELL, lower)) == 0) {
                SuggestWord close = best(oneEdit, lower, reader);
                SuggestWord correction = close != null ? close : best(twoEdits, lower, reader);
                if (correction != null) {
                    replacement = correction.string;
                    changed = true;
                    confident &= close != null;
                }
            }
            words.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(out);
        return changed ? new Respelling(out.toString(), confident) : null;
    }

    private static SuggestWord best(DirectSpellChecker checker, String word, IndexReader reader) throws IOException {
        SuggestWord[] found = checker.suggestSimilar(new Term(Schema.SPELL, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return found.length == 0 ? null : found[0];
    }

    private static boolean isOperator(String word) {
        return word.equals("AND") || word.equals("OR") || word.equals("NOT");
    }
}
