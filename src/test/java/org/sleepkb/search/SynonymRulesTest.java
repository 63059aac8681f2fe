package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.Schema;

/**
 * The rules of the bundled corpus/synonyms.txt, read through the query analyzer alone: what a
 * query turns into, independent of which articles happen to rank.
 */
class SynonymRulesTest {

    private static Analyzer queries() throws IOException {
        return Analyzers.forQueries(Files.readString(Path.of("corpus", CorpusReader.SYNONYMS)));
    }

    private static List<String> terms(String query) throws IOException {
        List<String> terms = new ArrayList<>();
        try (Analyzer analyzer = queries(); TokenStream stream = analyzer.tokenStream(Schema.BODY, query)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @ParameterizedTest
    @ValueSource(strings = {"chamomile tea", "valerian tea", "kava tea", "herbal tea", "lemon balm tea", "tea before bed"})
    void anHerbalTeaIsNotACaffeineSearch(String query) throws IOException {
        List<String> terms = terms(query);
        assertFalse(terms.contains("caffein"), () -> query + " became a caffeine search: " + terms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"coffee", "espresso", "energy drink", "black tea", "green tea"})
    void aCaffeinatedDrinkStillFindsCaffeine(String query) throws IOException {
        List<String> terms = terms(query);
        assertTrue(terms.contains("caffein"), () -> query + " should also search caffeine: " + terms);
    }
}
