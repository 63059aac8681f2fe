package org.sleepkb.corpus.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** One occurrence of one of an entry's names, from {@code start} to {@code end}. */
    private record Mention(String id, int start, int end) {

        /** True when this is a longer mention of another entry around {@code inner}. */
        boolean encloses(Mention inner) {
            return !id.equals(inner.id) && start <= inner.start && end >= inner.end && end - start > inner.end - inner.start;
        }
    }

    /** Hyphen-minus, hyphen, non-breaking hyphen. */
    private static final String HYPHENS = "-\u2010\u2011";

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
                int at = nextMention(lowered, name, 0);
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
     * Like {@link #find}, but a mention that lies inside a longer mention of another entry does not
     * count: a short query names one thing, and "ZzzQuil Night Pain" is not also "ZzzQuil", nor
     * "gas station heroin" also heroin. Entries first named by the very same words are alternatives
     * and come as one group: "Unisom" is any of the products sold under that brand, not all of
     * them taken together. Groups in the order the text names them; articles keep {@link #find},
     * where a longer name may well mean both.
     */
    public List<List<String>> findOutermost(String text) {
        String lowered = lowerCase(text);
        List<Mention> mentions = new ArrayList<>();
        for (Lowered entry : entries) {
            for (String name : entry.names()) {
                for (int at = nextMention(lowered, name, 0); at >= 0; at = nextMention(lowered, name, at + 1)) {
                    mentions.add(new Mention(entry.id(), at, at + name.length()));
                }
            }
        }
        Map<String, Mention> first = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            if (mentions.stream().noneMatch(outer -> outer.encloses(mention))) {
                first.merge(mention.id(), mention, (a, b) -> b.start() < a.start() ? b : a);
            }
        }
        Map<List<Integer>, List<String>> groups = new LinkedHashMap<>();
        first.values().stream().sorted(Comparator.comparingInt(Mention::start))
                .forEach(m -> groups.computeIfAbsent(List.of(m.start(), m.end()), span -> new ArrayList<>()).add(m.id()));
        return List.copyOf(groups.values());
    }

    /**
     * Where {@code name} next occurs, from {@code from} on, with no letter or digit right before or after it, or -1:
     * aliases such as "7-OH" start or end with characters that are not part of a word, so word
     * boundaries would not do.
     */
    private static int nextMention(String text, String name, int from) {
        for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Lower-cases char by char, so offsets stay those of the original text, and reads a hyphen as a
     * space: people type "delta 8" and "7 OH" for the names written "delta-8" and "7-OH".
     */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = HYPHENS.indexOf(chars[i]) >= 0 ? ' ' : Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
