package org.sleepkb.index;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRefBuilder;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.corpus.Problem;

/**
 * The Solr-format rules of {@code synonyms.txt}, within limits. Every word of a group stands for
 * every other, so one group of n words makes n × n entries and turns each of its words into n
 * query terms per field: a pasted word list of a few hundred words pushes any query with one of
 * them over the clause limit, and a few thousand exhaust the heap while the rules are built. A
 * rule over a limit, or one the parser cannot read, is named (file, line, what to do) and left
 * out; the other rules apply.
 */
public final class SynonymRules {

    /** Words and phrases on one line, both sides of {@code =>} together. */
    public static final int MAX_GROUP = 32;
    /** Words and phrases one word or phrase may stand for, over all the rules it is in. */
    public static final int MAX_EXPANSION = 32;
    /** Entries (word → word it stands for) of all the rules together. */
    public static final int MAX_ENTRIES = 20_000;

    private final String applied;
    private final List<Problem> problems;

    private SynonymRules(String applied, List<Problem> problems) {
        this.applied = applied;
        this.problems = List.copyOf(problems);
    }

    /** Checks every rule of {@code text} against the limits and reads it; cheap next to building the rules. */
    public static SynonymRules of(String text) {
        if (text == null || text.isBlank()) {
            return new SynonymRules("", List.of());
        }
        SolrSynonymParser terms = new SolrSynonymParser(true, true, ruleAnalyzer());
        Map<String, Integer> expansions = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        StringBuilder applied = new StringBuilder();
        int entries = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Optional<String> refusal = Optional.empty();
            List<String> sides = split(line, "=>");
            if (!sides.isEmpty() && !line.strip().startsWith("#")) {
                List<String> inputs = split(sides.get(0), ",");
                List<String> outputs = sides.size() > 1 ? split(sides.get(1), ",") : inputs;
                int group = sides.size() > 1 ? inputs.size() + outputs.size() : inputs.size();
                refusal = group > MAX_GROUP
                        ? Optional.of(String.format("a group of %d words and phrases; the limit is %d: split it into smaller groups"
                                + " of words that mean the same", group, MAX_GROUP))
                        : overExpanded(inputs, outputs.size(), expansions, terms).or(() -> unreadable(line, terms));
                if (refusal.isEmpty() && entries + inputs.size() * outputs.size() > MAX_ENTRIES) {
                    refusal = Optional.of(String.format("the rules up to this line make more than %,d synonym entries"
                            + " (each word of a group stands for each other): shorten the groups", MAX_ENTRIES));
                }
                if (refusal.isEmpty()) {
                    entries += inputs.size() * outputs.size();
                    inputs.forEach(input -> expansions.merge(key(input, terms), outputs.size(), Integer::sum));
                }
            }
            int number = i + 1;
            refusal.ifPresent(why -> problems.add(Problem.error(CorpusReader.SYNONYMS, number, why + "; this rule is not applied")));
            // A refused rule leaves an empty line, so the parser's line numbers stay the file's.
            applied.append(refusal.isPresent() ? "" : line).append('\n');
        }
        return new SynonymRules(applied.toString(), problems);
    }

    /** The rules over a limit or unreadable, each naming its line; these are left out of {@link #map()}. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The rules within the limits, built for the query analyzer; null when there are none.
     *
     * @throws IllegalArgumentException naming the line and the problem when a rule cannot be read
     */
    SynonymMap map() {
        if (applied.isBlank()) {
            return null;
        }
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer());
            parser.parse(new StringReader(applied));
            return parser.build();
        } catch (ParseException e) {
            // The parser names the line; its cause says what is wrong with the rule.
            String why = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
            throw new IllegalArgumentException(e.getMessage() + why, e);
        } catch (IOException e) {
            throw new IllegalArgumentException(CorpusReader.SYNONYMS + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> overExpanded(List<String> inputs, int outputs, Map<String, Integer> expansions,
            SolrSynonymParser terms) {
        for (String input : inputs) {
            int total = expansions.getOrDefault(key(input, terms), 0) + outputs;
            if (total > MAX_EXPANSION) {
                return Optional.of(String.format("with this rule \"%s\" stands for %d words and phrases; the limit is %d:"
                        + " take it out of some groups", input, total, MAX_EXPANSION));
            }
        }
        return Optional.empty();
    }

    /**
     * Why the parser cannot read {@code line} (a side left empty, or only stop words), or empty:
     * read rule by rule, a broken line is left out and the rest of the file applies.
     */
    private static Optional<String> unreadable(String line, SolrSynonymParser terms) {
        try {
            terms.parse(new StringReader(line));
            return Optional.empty();
        } catch (ParseException | IOException | IllegalArgumentException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Optional.of("the rule cannot be read (" + cause.getMessage() + ")");
        }
    }

    /** The word as the rules see it (lower case, stemmed), so "sleeps" and "sleep" count together. */
    private static String key(String term, SolrSynonymParser terms) {
        try {
            return terms.analyze(term, new CharsRefBuilder()).toString();
        } catch (IOException | IllegalArgumentException e) {
            // Nothing left after analysis: the parser reports the rule; count it as written.
            return term;
        }
    }

    /** Splits as the Solr format does: a backslash escapes the next character, parts are trimmed, empty ones dropped. */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith(separator, i)) {
                add(parts, part);
                i += separator.length();
            } else {
                int length = text.charAt(i) == '\\' && i + 1 < text.length() ? 2 : 1;
                part.append(text, i, i + length);
                i += length;
            }
        }
        add(parts, part);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder part) {
        if (!part.toString().isBlank()) {
            parts.add(part.toString().strip());
        }
        part.setLength(0);
    }

    /** Every step of query analysis before the synonyms, so rules match what queries become. */
    private static Analyzer ruleAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, EnglishTextAnalyzer.beforeSynonyms(source));
            }
        };
    }
}
