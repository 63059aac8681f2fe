package org.sleepkb.corpus.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the substances (or products) a text names by name or alias, as whole words and ignoring
 * case: the substances an article mentions, and what a query asks about.
 *
 * <p>Every article is scanned for every name and alias, so this runs a few hundred times per
 * article: a plain search in the lower-cased text with a check of the characters either side,
 * not a case-insensitive regular expression, which made reading a 100k-article corpus take minutes.
 */
public final class SubstanceDetector {

    /** Something that can be named, and its names. */
    public record Names(String id, List<String> names) {

        public Names {
            names = List.copyOf(names);
        }
    }

    /** The names of one entry, lower-cased the way {@link #lowerCase} lowers the text. */
    private record Lowered(String id, List<String> names) {
    }

    /** Where a text first names an entry. */
    private record Found(String id, int at) {
    }

    private final List<Lowered> entries = new ArrayList<>();

    public SubstanceDetector(Collection<Names> named) {
        for (Names entry : named) {
            entries.add(new Lowered(entry.id(), entry.names().stream()
                    .filter(term -> term.length() > 2)
                    .map(SubstanceDetector::lowerCase)
                    .toList()));
        }
    }

    /** Finds substance profiles by their names and aliases. */
    public static SubstanceDetector ofProfiles(Collection<SubstanceProfile> profiles) {
        return new SubstanceDetector(profiles.stream()
                .map(p -> new Names(p.id(), Stream.concat(Stream.of(p.name()), p.aliases().stream()).toList())).toList());
    }

    /** Finds products by their names and brand aliases. */
    public static SubstanceDetector ofProducts(Collection<Product> products) {
        return new SubstanceDetector(products.stream()
                .map(p -> new Names(p.id(), Stream.concat(Stream.of(p.name()), p.aliases().stream()).toList())).toList());
    }

    /** The ids of the entries {@code text} names, in the order it first names them. */
    public List<String> find(String text) {
        String lowered = lowerCase(text);
        List<Found> found = new ArrayList<>();
        for (Lowered entry : entries) {
            int first = -1;
            for (String name : entry.names()) {
                int at = firstMention(lowered, name);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            if (first >= 0) {
                found.add(new Found(entry.id(), first));
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Found::at)).map(Found::id).toList();
    }

    /**
     * Where {@code name} first occurs with no letter or digit right before or after it, or -1:
     * aliases such as "7-OH" start or end with characters that are not part of a word, so word
     * boundaries would not do.
     */
    private static int firstMention(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }

    /** Lower-cases char by char, so offsets stay those of the original text. */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
