package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepkb.search.embedded.Searcher;

/** The fast ranking used by evaluation runs orders articles exactly as search lists them. */
class RankTest {

    private final Searcher searcher = BundledCorpus.searcher();

    @Test
    void rankListsTheSameArticlesInTheSameOrderAsSearch() {
        for (String query : List.of("melatonin for children", "can't sleep", "melatonim", "kratom -withdrawal", "topic:insomnia")) {
            List<String> searched = searcher.search(new SearchRequest(query, java.util.Map.of(), 1, 20, true)).hits().stream().map(Hit::slug).toList();
            List<String> ranked = searcher.rank(query, 20).stream().map(RankedArticle::slug).toList();
            assertEquals(searched, ranked, query);
        }
    }

    @Test
    void rankScoresNeverIncreaseAndTheLimitHolds() {
        List<RankedArticle> ranked = searcher.rank("sleep", 2_000);
        assertTrue(ranked.size() <= Searcher.MAX_RANKED);
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i).score() <= ranked.get(i - 1).score());
        }
        assertEquals(5, searcher.rank("sleep", 5).size());
        assertTrue(searcher.rank("   ", 5).isEmpty());
    }
}
