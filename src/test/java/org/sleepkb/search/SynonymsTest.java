package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sleepkb.search.embedded.Searcher;

/** The lay words of corpus/synonyms.txt, single and multi-word, find the articles that use the proper words. */
class SynonymsTest {

    private final Searcher searcher = BundledCorpus.searcher();

    @ParameterizedTest
    @CsvSource({
            "sleep hormone, melatonin",
            "sleeplessness, insomnia-and-cbt-i",
            "unable to sleep, insomnia-and-cbt-i",
            "nervousness, stress-versus-anxiety-disorders",
            "weed, cannabis-and-sleep",
            "ketum, kratom-what-is-known",
            "mind racing in bed, racing-thoughts-at-bedtime",
            "bad dreams, nightmares",
            "burnt out, burnout",
    })
    void aLayWordFindsTheArticleThatUsesTheProperWord(String query, String slug) {
        List<String> top = searcher.search(SearchRequest.of(query, 3)).hits().stream().map(Hit::slug).toList();
        assertTrue(top.contains(slug), () -> query + " should find " + slug + " in the top 3, got " + top);
    }

    @ParameterizedTest
    @CsvSource({"sleeping pill, sleeping pills", "can't sleep, can’t sleep"})
    void inflectionsAndTypographicApostrophesMatchTheSameRule(String one, String other) {
        assertEquals(searcher.search(SearchRequest.of(one, 5)).hits().stream().map(Hit::slug).toList(),
                searcher.search(SearchRequest.of(other, 5)).hits().stream().map(Hit::slug).toList());
    }
}
