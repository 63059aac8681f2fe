package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sleepkb.search.embedded.Searcher;

/** Misspelled words still find the article meant, and the result says what was searched instead. */
class TypoToleranceTest {

    private final Searcher searcher = BundledCorpus.searcher();

    @ParameterizedTest
    @CsvSource({
            "melatonim, melatonin, melatonin",
            "insomina, insomnia, insomnia-and-cbt-i",
            "valeriam, valerian, valerian",
    })
    void aQueryThatFindsNothingIsSearchedAsItsCorrectionAndTheResultSaysSo(String typed, String corrected, String slug) {
        SearchResult result = searcher.search(SearchRequest.of(typed, 3));
        assertEquals(typed, result.correctedFrom());
        assertEquals(corrected, result.query());
        assertTopThree(result, slug);
    }

    @ParameterizedTest
    @CsvSource({
            "melatonim jet lag, melatonin jet lag, melatonin",
            "valeriam root tea, valerian root tea, valerian",
            "insomnia stres, insomnia stress, how-stress-disrupts-sleep",
    })
    void aTypoBesideKnownWordsStillFindsItsArticleAndIsOfferedAsDidYouMean(String typed, String corrected, String slug) {
        SearchResult result = searcher.search(SearchRequest.of(typed, 3));
        assertEquals(typed, result.query());
        assertNull(result.correctedFrom());
        assertEquals(corrected, result.suggestion());
        assertTopThree(result, slug);
    }

    private static void assertTopThree(SearchResult result, String slug) {
        assertEquals(true, result.hits().stream().anyMatch(hit -> hit.slug().equals(slug)),
                () -> slug + " in the top 3 of " + result.hits().stream().map(Hit::slug).toList());
    }

    @Test
    void aSpellingListedAsAnAliasFindsTheSubstanceWithoutCorrection() {
        SearchResult result = searcher.search(SearchRequest.of("ashwaganda", 3));
        assertNull(result.correctedFrom());
        assertEquals("ashwagandha", result.hits().get(0).slug());
    }

    @Test
    void aWordKnownThroughASynonymIsNotCorrectedIntoAnotherWord() {
        SearchResult result = searcher.search(SearchRequest.of("is melatonin safe for kids", 3));
        assertNull(result.correctedFrom(), "kids is a synonym of children, not a typo of kinds");
        assertNull(result.suggestion());
        assertEquals("melatonin", result.hits().get(0).slug());
    }

    @Test
    void correctlySpelledQueriesAreLeftAlone() {
        SearchResult result = searcher.search(SearchRequest.of("caffeine", 5));
        assertEquals("caffeine", result.query());
        assertNull(result.correctedFrom());
        assertNull(result.suggestion());
    }
}
