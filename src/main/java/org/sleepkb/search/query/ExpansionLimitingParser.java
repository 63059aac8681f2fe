package org.sleepkb.search.query;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.sleepkb.index.Analyzers;

/**
 * The classic parser with a budget for words that expand over the term dictionary: past
 * {@link QueryFactory#MAX_EXPANDING_WORDS} of them, or a word with more than {@link QueryFactory#MAX_WILDCARDS_PER_WORD}
 * wildcards, parsing fails and the query is searched as plain words. Lucene caps each single
 * expansion itself (fuzzy: 50 terms and 2 edits, so {@code a~999999} means {@code a~2}).
 */
final class ExpansionLimitingParser extends MultiFieldQueryParser {

    private int expanding;
    /** True while the parser expands one unfielded word into a query per field. */
    private boolean perField;
    /** The tokens of each text this parser analysed for a text field, to replay for the other text fields. */
    private final Map<Analysis, CachingTokenFilter> analysed = new HashMap<>();
    /** The query of each text for the first text field asked, to copy for the others (null: the text makes none). */
    private final Map<Analysis, Query> built = new HashMap<>();

    ExpansionLimitingParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
        super(fields, analyzer, boosts);
    }

    private record Analysis(BooleanClause.Occur operator, String text, boolean quoted, int phraseSlop) {
    }

    /**
     * Analyses a text once for all the weighted text fields, which share one analyzer
     * ({@link Analyzers}): the parser asks for each unfielded text once per field, six times,
     * and each time through the synonym rules, which made parsing a tenth of a search
     * (docs/performance.md). The query of the first field is built from those tokens, and
     * copied for the others ({@link FieldCopy}): the same tokens make the same query.
     */
    @Override
    protected Query createFieldQuery(Analyzer analyzer, BooleanClause.Occur operator, String field, String queryText,
                                     boolean quoted, int phraseSlop) {
        if (!QueryFactory.FIELD_BOOSTS.containsKey(field)) {
            return super.createFieldQuery(analyzer, operator, field, queryText, quoted, phraseSlop);
        }
        Analysis analysis = new Analysis(operator, queryText, quoted, phraseSlop);
        if (built.containsKey(analysis)) {
            Query first = built.get(analysis);
            Query copy = first == null ? null : FieldCopy.of(first, field);
            if (first == null || copy != null) {
                return copy;
            }
        }
        CachingTokenFilter tokens = analysed.computeIfAbsent(analysis,
                text -> new CachingTokenFilter(analyzer.tokenStream(field, queryText)));
        Query query = createFieldQuery(tokens, operator, field, quoted, phraseSlop);
        built.putIfAbsent(analysis, query);
        return query;
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        long wildcards = termStr.chars().filter(c -> c == '*' || c == '?').count();
        if (wildcards > QueryFactory.MAX_WILDCARDS_PER_WORD) {
            throw new ParseException("more than " + QueryFactory.MAX_WILDCARDS_PER_WORD + " wildcards in one word");
        }
        return counted(field, () -> super.getWildcardQuery(field, termStr));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return counted(field, () -> super.getPrefixQuery(field, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return counted(field, () -> super.getFuzzyQuery(field, termStr, minSimilarity));
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        return counted(field, () -> super.getRangeQuery(field, part1, part2, startInclusive, endInclusive));
    }

    /**
     * Counts each word of the query once, repeated words too (each is expanded again); not
     * the per-field queries the parser builds for an unfielded word (field null).
     */
    private Query counted(String field, QueryBuilder build) throws ParseException {
        if (perField) {
            return build.get();
        }
        if (++expanding > QueryFactory.MAX_EXPANDING_WORDS) {
            throw new ParseException("more than " + QueryFactory.MAX_EXPANDING_WORDS + " wildcard, fuzzy or range words");
        }
        perField = field == null;
        try {
            return build.get();
        } finally {
            perField = false;
        }
    }

    private interface QueryBuilder {
        Query get() throws ParseException;
    }
}
