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
 * Corrects words the index has never seen ("melatonim", "insomina") to the closest word it has,
 * for "did you mean" and for searching on when a typo would otherwise find nothing useful.
 */
final class Respeller {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final int MIN_LENGTH = 4;

    private final DirectSpellChecker checker = new DirectSpellChecker();

    Respeller() {
        checker.setMinPrefix(1);
        checker.setMaxEdits(2);
        checker.setAccuracy(0.6f);
    }

    /** The query with unknown words replaced, or null when every word is known or none can be corrected. */
    String respell(String query, IndexReader reader) throws IOException {
        if (query.isBlank() || query.contains(":") || query.contains("\"")) {
            return null;
        }
        Matcher words = WORD.matcher(query);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String replacement = word;
            if (lower.length() >= MIN_LENGTH && !isOperator(word) && reader.docFreq(new Term(Schema.SPELL, lower)) == 0) {
                SuggestWord[] suggestions = checker.suggestSimilar(new Term(Schema.SPELL, lower), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    replacement = suggestions[0].string;
                    changed = true;
                }
            }
            words.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(out);
        return changed ? out.toString() : null;
    }

    private static boolean isOperator(String word) {
        return word.equals("AND") || word.equals("OR") || word.equals("NOT");
    }
}
