package org.sleepkb.search.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.Schema;

/**
 * Turns what a person typed into a Lucene query over the weighted text fields. Power users get
 * the classic syntax ("phrases", AND/OR/NOT, -exclude, field:value for title, topic, substance,
 * evidence and risk); anything the parser cannot read is searched as plain words instead of
 * failing. Words that stand close together in an article, as in the query, score extra.
 */
public final class QueryFactory {

    /**
     * Field weights: the title above headings and summary, those above the body; topic and
     * substance names count too. Each field is scored by BM25 on its own, so a word in a short
     * title already outscores one in a long body, and a heavier title costs ranking quality: on
     * NFCorpus dev, title weight 2.5 gave nDCG@10 0.300, 1.5 gave 0.310, 0.5 gave 0.315
     * (docs/relevance.md). 1.5 keeps the title clearly above headings and summary, which stay
     * above the body.
     */
    static final Map<String, Float> FIELD_BOOSTS = new LinkedHashMap<>();

    static {
        FIELD_BOOSTS.put(Schema.TITLE, 1.5f);
        FIELD_BOOSTS.put(Schema.SUBSTANCE_NAMES, 2f);
        FIELD_BOOSTS.put(Schema.HEADINGS, 1.25f);
        FIELD_BOOSTS.put(Schema.SUMMARY, 1.25f);
        FIELD_BOOSTS.put(Schema.TOPIC_NAMES, 1.25f);
        FIELD_BOOSTS.put(Schema.BODY, 1f);
    }

    /** The fields a query may name, as in {@code topic:insomnia}, {@code title:melatonin} or {@code slug:melatonin}. */
    static final Set<String> NAMEABLE_FIELDS = Set.of(Schema.TITLE, Schema.TOPIC, Schema.SUBSTANCE, Schema.EVIDENCE, Schema.RISK, Schema.SLUG);

    /** Two query words within this many positions of each other in the body earn the proximity bonus. */
    static final int PROXIMITY_SLOP = 2;
    static final float PROXIMITY_WEIGHT = 0.2f;

    /** What makes a query more than plain words: phrases, groups, operators, exclusions, fields, wildcards. */
    private static final Pattern SYNTAX = Pattern.compile("[\"()\\[\\]{}+^~*&|]|(?:^|\\s)-\\S|\\b(?:AND|OR|NOT)\\b|\\p{L}:\\S");
    private static final Pattern SYNTAX_WORD = Pattern.compile("(?:^|\\s)(?:[-!]\\S+|NOT\\s+\\S+|\\p{L}+:\\S+)|\\b(?:AND|OR|NOT)\\b|[\"()\\[\\]{}+^~*&|\\\\]");

    private static final Pattern OPERATOR = Pattern.compile("\\b(?:AND|OR|NOT)\\b");

    /**
     * Wildcard, prefix, fuzzy and range words per query; beyond this many the query is read as
     * plain words. Each one expands over the term dictionary of every searched field and is
     * highlighted by automaton: without a budget, 200 prefix words took 0.7 s on a busy 2-core
     * machine, and with three allowed the search page for three fuzzy words took 0.8 s; two keep
     * every answer well under a second (docs/operations.md).
     */
    static final int MAX_EXPANDING_WORDS = 2;
    /** Wildcard characters per word; more make the matching automaton costly to build. */
    static final int MAX_WILDCARDS_PER_WORD = 3;

    private final Analyzer analyzer;
    private final Analyzer indexAnalyzer = Analyzers.forIndexing();

    public QueryFactory(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * A query as understood: the Lucene query, which decides what the typed words match; the proximity
     * bonus for its best matches (null for fewer than two words); the body terms it asks for; and
     * whether it used any syntax.
     */
    public record Parsed(Query query, Query proximity, List<String> terms, boolean plain) {

        /** What snippets mark: the typed words, passages where they stand together first. */
        public Query highlighted() {
            return proximity == null ? query : new BooleanQuery.Builder()
                    .add(query, BooleanClause.Occur.MUST)
                    .add(proximity, BooleanClause.Occur.SHOULD)
                    .build();
        }
    }

    public Parsed parse(String text) {
        String cleaned = neutralise(text);
        if (cleaned.isBlank()) {
            return new Parsed(new MatchNoDocsQuery("empty query"), null, List.of(), true);
        }
        Query base = Disjunctions.flattened(parseOrEscape(cleaned));
        refuseOverClauseLimit(base);
        List<String> terms = positiveTerms(cleaned);
        boolean plain = !SYNTAX.matcher(cleaned).find();
        boolean paired = terms.size() >= 2 && terms.size() <= IndexSearcher.getMaxClauseCount() / 2;
        return new Parsed(base, paired ? proximity(terms) : null, terms, plain);
    }

    /**
     * Refuses at once a query with more clauses than Lucene combines (hundreds of distinct words,
     * each in every field), rather than after analysing, respelling and searching part of it.
     */
    private static void refuseOverClauseLimit(Query query) {
        int[] clauses = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                clauses[0]++;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                clauses[0] += terms.length;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (clauses[0] > IndexSearcher.getMaxClauseCount()) {
            throw new IndexSearcher.TooManyClauses();
        }
    }

    private Query parseOrEscape(String cleaned) {
        try {
            return parser().parse(cleaned);
        } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
            try {
                // Plain words: every special character literal, and "and", "or", "not" just words.
                return parser().parse(QueryParser.escape(OPERATOR.matcher(cleaned).replaceAll(m -> m.group().toLowerCase(Locale.ROOT))));
            } catch (ParseException | IndexSearcher.TooManyClauses e2) {
                return new MatchNoDocsQuery("unreadable query");
            }
        }
    }

    private QueryParser parser() {
        MultiFieldQueryParser parser = new ExpansionLimitingParser(
                FIELD_BOOSTS.keySet().toArray(String[]::new), analyzer, FIELD_BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        // Multi-word synonyms ("can't sleep") only match when the analyzer sees the words together.
        parser.setSplitOnWhitespace(false);
        parser.setAutoGeneratePhraseQueries(false);
        // "sleep hormone" as a synonym of melatonin means the phrase, not either word.
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return parser;
    }

    /**
     * Sloppy phrases of each pair of neighbouring query words in the body: an article where the
     * words stand together is more likely about what they mean together. It only reorders what
     * the query itself matches ({@link org.sleepkb.search.rank.Ranker}).
     */
    private static Query proximity(List<String> terms) {
        BooleanQuery.Builder pairs = new BooleanQuery.Builder();
        for (int i = 0; i + 1 < terms.size(); i++) {
            pairs.add(new PhraseQuery(PROXIMITY_SLOP, Schema.BODY, terms.get(i), terms.get(i + 1)), BooleanClause.Occur.SHOULD);
        }
        return new BoostQuery(pairs.build(), PROXIMITY_WEIGHT);
    }

    /** The analysed body terms of the words the query asks for, in order; excluded words and operators left out. */
    private List<String> positiveTerms(String cleaned) {
        return AnalyzedTerms.of(indexAnalyzer, Schema.BODY, SYNTAX_WORD.matcher(cleaned).replaceAll(" "));
    }

    /**
     * Makes what people type safe for the parser: control characters become spaces; question and
     * exclamation marks are punctuation, not wildcard and negation; a colon only names a field
     * when one of {@link #NAMEABLE_FIELDS} stands directly before it and a value directly after
     * ("Vitamin D: the facts" is plain words); and /regular expressions/ are literal, since a
     * regex over the whole term dictionary is the one query shape that can take seconds.
     */
    public static String neutralise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT || cp == '?' || cp == '!') {
                out.append(' ');
            } else if (cp == '/') {
                out.append("\\/");
            } else {
                out.appendCodePoint(cp);
            }
        });
        return fieldsOnlyWhereNamed(out.toString()).strip();
    }

    private static String fieldsOnlyWhereNamed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            if (colon > 0 && text.charAt(colon - 1) == '\\') {
                continue;
            }
            String name = null;
            int start = colon;
            for (int from = colon - 1; from >= 0 && Character.isLetter(text.charAt(from)); from--) {
                start = from;
            }
            if (start < colon && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
                name = text.substring(start, colon);
            }
            boolean valueFollows = colon + 1 < text.length() && !Character.isWhitespace(text.charAt(colon + 1));
            out.append(text, last, start);
            if (name != null && valueFollows && NAMEABLE_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                out.append(name.toLowerCase(Locale.ROOT)).append(':');
            } else {
                out.append(text, start, colon).append(' ');
            }
            last = colon + 1;
        }
        return out.append(text.substring(last)).toString();
    }
}
