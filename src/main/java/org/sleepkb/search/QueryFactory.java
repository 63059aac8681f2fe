package org.sleepkb.search;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.sleepkb.index.Schema;

/**
 * Turns what a person typed into a Lucene query over the weighted text fields. Power users get
 * the classic syntax (phrases, AND/OR/NOT, -exclude, field:value); anything the parser cannot read
 * is searched as plain words instead of failing.
 */
final class QueryFactory {

    /** Field weights: a word in the title says more about an article than one in its body. */
    static final Map<String, Float> FIELD_BOOSTS = new LinkedHashMap<>();

    static {
        FIELD_BOOSTS.put(Schema.TITLE, 4f);
        FIELD_BOOSTS.put(Schema.SUBSTANCE_NAMES, 2f);
        FIELD_BOOSTS.put(Schema.HEADINGS, 2f);
        FIELD_BOOSTS.put(Schema.SUMMARY, 2f);
        FIELD_BOOSTS.put(Schema.TOPIC_NAMES, 1.5f);
        FIELD_BOOSTS.put(Schema.BODY, 1f);
    }

    /**
     * Wildcard, prefix, fuzzy and range words per query. Each one expands over the term dictionary of
     * every searched field and is highlighted by automaton, so a query made of dozens of them
     * (`a* b* c* ...`) would take seconds; beyond this many the query is read as plain words.
     */
    static final int MAX_EXPANDING_WORDS = 3;
    /** Wildcard characters per word; more make the matching automaton costly to build. */
    static final int MAX_WILDCARDS_PER_WORD = 3;

    private final Analyzer analyzer;

    QueryFactory(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query parse(String text) {
        String cleaned = neutralise(text);
        if (cleaned.isBlank()) {
            return new MatchNoDocsQuery("empty query");
        }
        try {
            return parser().parse(cleaned);
        } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
            try {
                return parser().parse(QueryParser.escape(cleaned));
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
        return parser;
    }

    /**
     * The classic parser with a budget for words that expand over the term dictionary: past
     * {@link #MAX_EXPANDING_WORDS} of them, or a word with more than {@link #MAX_WILDCARDS_PER_WORD}
     * wildcards, parsing fails and the query is searched as plain words. Lucene caps each single
     * expansion itself (fuzzy: 50 terms and 2 edits, so {@code a~999999} means {@code a~2}).
     */
    private static final class ExpansionLimitingParser extends MultiFieldQueryParser {

        private final Set<String> expanding = new HashSet<>();

        ExpansionLimitingParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
            super(fields, analyzer, boosts);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            long wildcards = termStr.chars().filter(c -> c == '*' || c == '?').count();
            if (wildcards > MAX_WILDCARDS_PER_WORD) {
                throw new ParseException("more than " + MAX_WILDCARDS_PER_WORD + " wildcards in one word");
            }
            count(termStr);
            return super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            count(termStr);
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            count(termStr);
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            count(part1 + " TO " + part2);
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        /** Counts words, not fields: the parser asks once per field for the same word. */
        private void count(String termStr) throws ParseException {
            expanding.add(termStr);
            if (expanding.size() > MAX_EXPANDING_WORDS) {
                throw new ParseException("more than " + MAX_EXPANDING_WORDS + " wildcard, fuzzy or range words");
            }
        }
    }

    /**
     * Removes control characters and makes regular-expression syntax literal: a /regex/ over
     * the whole term dictionary is the one query shape that can take seconds.
     */
    static String neutralise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
            } else if (cp == '/') {
                out.append("\\/");
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().strip();
    }
}
