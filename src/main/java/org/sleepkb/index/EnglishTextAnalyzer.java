package org.sleepkb.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English analysis for article text: possessives removed, lower case, accents folded, stop
 * words dropped, Porter stems. The query side applies synonyms after stemming, with the rules
 * parsed through the same steps, so one rule ("sleeping pill") serves every inflection
 * ("sleeping pills"), and editing the rules never needs a reindex. Stop words are dropped only
 * after the synonyms there, so rules may contain them ("unable to sleep").
 */
final class EnglishTextAnalyzer extends Analyzer {

    private final SynonymMap synonyms;

    /** @param synonyms applied at query time only; null for indexing */
    EnglishTextAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = beforeSynonyms(source);
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    }

    /**
     * Every step before synonyms; synonym rules are parsed with exactly these. Stop words are
     * kept unstemmed here (Porter would turn "this" into "thi", which no stop list holds).
     */
    static TokenStream beforeSynonyms(TokenStream stream) {
        TokenStream normalized = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(stream)));
        return new PorterStemFilter(new SetKeywordMarkerFilter(normalized, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
