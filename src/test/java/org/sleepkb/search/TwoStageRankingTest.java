package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;
import org.sleepkb.search.rank.Ranker;

/**
 * Only the best {@link Ranker#RESCORED} matches get the proximity and feedback bonuses; the
 * ranking must still be one order that pages walk through without repeating or losing an article.
 */
class TwoStageRankingTest {

    /** More matches than get the bonuses, with scores spread by how often the words occur. */
    private static final int ARTICLES = Ranker.RESCORED + 60;

    @TempDir
    static Path folder;

    private static IndexStore store;
    private static Searcher searcher;

    @BeforeAll
    static void index() throws IOException {
        Path articles = Files.createDirectories(folder.resolve("corpus/articles"));
        for (int i = 0; i < ARTICLES; i++) {
            String body = "Evening notes " + i + ". " + "Calm evening routines help. ".repeat(1 + i % 7)
                    + (i % 3 == 0 ? "A calm routine before sleep. " : "Sleep comes later. ")
                    + "Other words about the kitchen and the garden. ".repeat(i % 5);
            Files.writeString(articles.resolve("note-" + i + ".txt"), "Notes " + i + "\n\n" + body + "\n");
        }
        store = IndexStore.open(folder.resolve("index"));
        store.reindex(new CorpusReader().read(folder.resolve("corpus")), true);
        searcher = new Searcher(store, EngineOptions.DEFAULTS);
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    @Test
    void pagesWalkEveryMatchOnceInTheOrderRankGives() {
        List<String> paged = new ArrayList<>();
        long total = 0;
        for (int page = 1; paged.size() < ARTICLES && page <= SearchRequest.MAX_PAGE; page++) {
            SearchResult result = searcher.search(new SearchRequest("calm sleep", Map.of(), page, SearchRequest.MAX_PAGE_SIZE, true));
            total = result.total();
            result.hits().forEach(hit -> paged.add(hit.slug()));
            if (result.hits().isEmpty()) {
                break;
            }
        }
        assertEquals(ARTICLES, total);
        assertEquals(ARTICLES, paged.size());
        assertEquals(ARTICLES, new HashSet<>(paged).size(), "no article listed twice");
        assertEquals(searcher.rank("calm sleep", Searcher.MAX_RANKED).stream().map(RankedArticle::slug).toList(), paged);
    }

    @Test
    void scoresNeverIncreaseAcrossTheRescoredDepth() {
        List<RankedArticle> ranked = searcher.rank("calm routine", Searcher.MAX_RANKED);
        assertTrue(ranked.size() > Ranker.RESCORED);
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i).score() <= ranked.get(i - 1).score(), "rank " + i);
        }
    }
}
