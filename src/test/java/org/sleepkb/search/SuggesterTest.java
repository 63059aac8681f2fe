package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepkb.search.embedded.Searcher;

/** Autocomplete from titles, topics and substance names, matching inside words. */
class SuggesterTest {

    private final Searcher searcher = BundledCorpus.searcher();

    private List<String> labels(String typed) {
        return searcher.suggest(typed, 8).stream().map(Suggestion::label).toList();
    }

    @Test
    void aWordInsideANameSuggestsTheName() {
        assertTrue(labels("theanine").contains("L-theanine"), labels("theanine")::toString);
    }

    @Test
    void theStartOfANameSuggestsItFirst() {
        Suggestion first = searcher.suggest("mela", 5).get(0);
        assertTrue(first.label().toLowerCase().startsWith("melatonin"), first::toString);
    }

    @Test
    void substancesAndTopicsLeadToTheirIds() {
        assertTrue(searcher.suggest("krat", 10).contains(new Suggestion("Kratom", "substance", "kratom")));
        assertTrue(searcher.suggest("insom", 10).contains(new Suggestion("Insomnia", "topic", "insomnia")));
    }

    @Test
    void accentsAndCaseDoNotMatterAndEmptyInputSuggestsNothing() {
        assertEquals(labels("CAFFEINE"), labels("caffeine"));
        assertEquals(labels("cafféine".replace("é", "e")), labels("caffeine"));
        assertTrue(labels("   ").isEmpty());
    }
}
