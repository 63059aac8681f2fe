package org.sleepkb.search.crisis;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A query as the crisis phrases are written: lower case, without accents or punctuation, one space between words. */
final class QueryText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    private QueryText() {
    }

    /** "¿Tomé 20 pastillas?" becomes "tome 20 pastillas"; "don’t" becomes "don't". */
    static String normalised(String query) {
        String text = Normalizer.normalize(query.toLowerCase(Locale.ROOT).replace('\u2019', '\''), Normalizer.Form.NFD);
        return NOT_A_WORD.matcher(MARKS.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    static List<String> words(String normalised) {
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }
}
