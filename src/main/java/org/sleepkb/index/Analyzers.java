package org.sleepkb.index;

import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.Analyzer;

/** Builds the analyzers of the index and of queries from the corpus's synonym rules. */
public final class Analyzers {

    private Analyzers() {
    }

    /** For indexing article text: no synonyms, so editing synonyms.txt needs no reindex of text. */
    public static Analyzer forIndexing() {
        return perField(new EnglishTextAnalyzer(null));
    }

    /**
     * Exact terms for the id fields (slug, hash), lower-cased exact terms for the filter fields
     * (topic, substance, evidence, risk; their ids are lower case, so {@code substance:Kratom}
     * finds them), whole words for the spelling field, and {@code text} for every text field.
     */
    private static Analyzer perField(Analyzer text) {
        Analyzer exact = new KeywordAnalyzer();
        Analyzer id = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        return new PerFieldAnalyzerWrapper(text, Map.of(
                Schema.SLUG, exact, Schema.HASH, exact, Schema.TOPIC, id, Schema.SUBSTANCE, id,
                Schema.EVIDENCE, id, Schema.RISK, id, Schema.SPELL, new SpellAnalyzer()));
    }

    /**
     * For parsing queries, with the Solr-format synonym rules of {@code synonyms.txt} that are
     * within the {@link SynonymRules} limits (a rule over them is left out).
     *
     * @throws IllegalArgumentException naming the line and the problem when a rule cannot be read
     */
    public static Analyzer forQueries(String synonymRules) {
        return perField(new EnglishTextAnalyzer(SynonymRules.of(synonymRules).map()));
    }
}
