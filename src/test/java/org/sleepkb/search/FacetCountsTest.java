package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sleepkb.index.Schema;
import org.sleepkb.search.embedded.Searcher;

/**
 * Facet counts say what choosing a value would find: an unfiltered dimension counts the hits, and a
 * filtered one counts what the other dimensions' filters let through (drill-sideways), so its other
 * values stay on offer.
 */
class FacetCountsTest {

    private final Searcher searcher = BundledCorpus.searcher();

    @Test
    void eachCountIsTheTotalThatChoosingTheValueFinds() {
        SearchResult all = search("sleep", Map.of());
        assertTrue(all.total() > 10, "a broad query");
        for (String dimension : List.of(Schema.TOPIC, Schema.SUBSTANCE, Schema.EVIDENCE, Schema.RISK)) {
            assertFalse(all.facets().get(dimension).isEmpty(), dimension);
            for (FacetCount value : all.facets().get(dimension)) {
                assertEquals(search("sleep", Map.of(dimension, Set.of(value.value()))).total(), value.count(),
                        dimension + "=" + value.value());
            }
        }
    }

    @Test
    void aFilteredDimensionKeepsOfferingItsOtherValuesWithWhatChoosingThemFinds() {
        Map<String, Set<String>> riskFilter = Map.of(Schema.RISK, Set.of("none"));
        SearchResult filtered = search("sleep", Map.of(Schema.RISK, Set.of("none"), Schema.EVIDENCE, Set.of("high")));
        List<FacetCount> evidence = filtered.facets().get(Schema.EVIDENCE);
        assertTrue(evidence.size() > 1, "the other grades stay on offer: " + evidence);
        for (FacetCount grade : evidence) {
            Map<String, Set<String>> chosen = new HashMap<>(riskFilter);
            chosen.put(Schema.EVIDENCE, Set.of(grade.value()));
            assertEquals(search("sleep", chosen).total(), grade.count(), "evidence=" + grade.value());
            assertEquals(grade.value().equals("high"), grade.selected());
        }
        long high = evidence.stream().filter(FacetCount::selected).findFirst().orElseThrow().count();
        assertEquals(high, filtered.total(), "the hits are what every filter lets through");
    }

    @Test
    void aSelectedValueThatNothingMatchesStillShowsSoItCanBeRemoved() {
        SearchResult none = search("sleep", Map.of(Schema.TOPIC, Set.of("no-such-topic")));
        assertEquals(0, none.total());
        assertTrue(none.facets().get(Schema.TOPIC).stream().anyMatch(f -> f.value().equals("no-such-topic") && f.selected() && f.count() == 0));
        assertTrue(none.facets().get(Schema.TOPIC).size() > 1, "the real topics stay on offer");
    }

    private SearchResult search(String query, Map<String, Set<String>> filters) {
        return searcher.search(new SearchRequest(query, filters, 1, 10));
    }
}
