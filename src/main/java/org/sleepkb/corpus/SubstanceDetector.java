package org.sleepkb.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the substances an article mentions by name or alias, as whole words and ignoring case,
 * so that a text which never declares {@code substances:} still shows the right warnings.
 *
 * <p>Every article is scanned for every name and alias, so this runs a few hundred times per
 * article: a plain search in the lower-cased text with a check of the characters either side,
 * not a case-insensitive regular expression, which made reading a 100k-article corpus take minutes.
 */
final class SubstanceDetector {

    /** A substance and its names, lower-cased the way {@link #lowerCase} lowers the text. */
    private record Names(String id, List<String> names) {
    }

    private final List<Names> substances = new ArrayList<>();

    SubstanceDetector(Collection<SubstanceProfile> profiles) {
        for (SubstanceProfile profile : profiles) {
            substances.add(new Names(profile.id(), Stream.concat(Stream.of(profile.name()), profile.aliases().stream())
                    .filter(term -> term.length() > 2)
                    .map(SubstanceDetector::lowerCase)
                    .toList()));
        }
    }

    /** Declared ids first, in their order, then the ids detected in {@code text}. */
    List<String> link(List<String> declared, String text) {
        Set<String> linked = new LinkedHashSet<>(declared);
        String lowered = lowerCase(text);
        for (Names substance : substances) {
            if (!linked.contains(substance.id()) && substance.names().stream().anyMatch(name -> mentions(lowered, name))) {
                linked.add(substance.id());
            }
        }
        return List.copyOf(linked);
    }

    /**
     * True when {@code name} occurs with no letter or digit right before or after it: aliases such
     * as "7-OH" start or end with characters that are not part of a word, so word boundaries would not do.
     */
    private static boolean mentions(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
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
