package org.sleepkb.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the substances an article mentions by name or alias, as whole words and ignoring case,
 * so that a text which never declares {@code substances:} still shows the right warnings.
 */
final class SubstanceDetector {

    private record Matcher(String id, Pattern pattern) {
    }

    private final List<Matcher> matchers = new ArrayList<>();

    SubstanceDetector(Collection<SubstanceProfile> profiles) {
        for (SubstanceProfile profile : profiles) {
            String alternatives = Stream.concat(Stream.of(profile.name()), profile.aliases().stream())
                    .filter(term -> term.length() > 2)
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"));
            // Lookarounds instead of \b: aliases such as "7-OH" start or end with non-word characters.
            Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            matchers.add(new Matcher(profile.id(), pattern));
        }
    }

    /** Declared ids first, in their order, then the ids detected in {@code text}. */
    List<String> link(List<String> declared, String text) {
        Set<String> linked = new LinkedHashSet<>(declared);
        for (Matcher matcher : matchers) {
            if (matcher.pattern().matcher(text).find()) {
                linked.add(matcher.id());
            }
        }
        return List.copyOf(linked);
    }
}
