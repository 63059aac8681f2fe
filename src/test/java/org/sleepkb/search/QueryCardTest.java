package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepkb.corpus.safety.Severity;
import org.sleepkb.search.safety.About;
import org.sleepkb.search.safety.Combination;

/**
 * The card for what a query names, over the bundled corpus: two products that share an
 * ingredient are the combination the reader most needs warning about (a double dose), a brand
 * name inside a longer one names only the longer, and names are found as people type them.
 */
class QueryCardTest {

    private static SearchResult search(String query) {
        return BundledCorpus.searcher().search(SearchRequest.of(query));
    }

    private static List<String> about(SearchResult result) {
        return result.about().stream().map(About::id).toList();
    }

    @Test
    void twoProductsWithAcetaminophenWarnOfTheDoubleDose() {
        SearchResult result = search("tylenol pm and nyquil");
        assertEquals(List.of("tylenol-pm", "nyquil"), about(result).stream().filter(id -> id.equals("tylenol-pm") || id.equals("nyquil")).toList());
        Combination first = result.combinations().get(0);
        assertEquals(List.of("acetaminophen", "acetaminophen"), first.substances());
        assertEquals(Severity.MAJOR, first.severity());
        assertTrue(first.effect().contains("both contain acetaminophen"), first.effect());
        assertTrue(first.sources().stream().anyMatch(source -> source.publisher().contains("DailyMed")), first.sources().toString());
    }

    @Test
    void twoSleepAidsWithTheSameAntihistamineAreACombination() {
        SearchResult result = search("zzzquil and tylenol pm");
        Combination twice = result.combinations().stream().filter(c -> c.substances().equals(List.of("diphenhydramine", "diphenhydramine")))
                .findFirst().orElseThrow(() -> new AssertionError(result.combinations().toString()));
        assertTrue(twice.effect().contains("double dosing"), "the double dose, not the sedatives line: " + twice.effect());
    }

    @Test
    void aBrandInsideALongerBrandNamesOnlyTheLongerOne() {
        SearchResult result = search("zzzquil night pain");
        assertEquals("zzzquil-night-pain", about(result).get(0));
        assertTrue(!about(result).contains("zzzquil"), about(result).toString());
        assertEquals(List.of(), result.combinations(), "one product's own ingredients are not a combination asked about");
    }

    @Test
    void aStreetNameIsNotTheDrugInsideIt() {
        assertEquals(List.of("tianeptine"), about(search("gas station heroin")));
    }

    @Test
    void aNameWrittenWithAHyphenIsFoundWithASpace() {
        assertEquals(List.of("cannabis"), about(search("delta 8 for sleep")));
        assertEquals(List.of("kratom"), about(search("7 oh tablets")));
    }

    @Test
    void theProductsOfOneBrandAreAlternativesNotACombination() {
        SearchResult brand = search("unisom");
        assertTrue(about(brand).containsAll(List.of("doxylamine", "diphenhydramine", "acetaminophen")), about(brand).toString());
        assertEquals(List.of(), brand.combinations(), "one brand name is not several products taken together");

        List<List<String>> withDrink = search("unisom and wine").combinations().stream().map(Combination::substances).toList();
        assertTrue(withDrink.contains(List.of("doxylamine", "alcohol")) && withDrink.contains(List.of("acetaminophen", "alcohol")),
                withDrink.toString());
        assertTrue(!withDrink.contains(List.of("diphenhydramine", "diphenhydramine")), withDrink.toString());
    }
}
