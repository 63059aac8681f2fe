package org.sleepkb.search;

import java.util.LinkedHashMap;
import java.util.Map;
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
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                FIELD_BOOSTS.keySet().toArray(String[]::new), analyzer, FIELD_BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        // Multi-word synonyms ("can't sleep") only match when the analyzer sees the words together.
        parser.setSplitOnWhitespace(false);
        parser.setAutoGeneratePhraseQueries(false);
        return parser;
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
