package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;

/** Of two articles with the same words, the one where the query's words stand together ranks first. */
class ProximityTest {

    @TempDir
    Path folder;

    @Test
    void wordsStandingTogetherRankAboveTheSameWordsApart() throws IOException {
        Path articles = Files.createDirectories(folder.resolve("corpus/articles"));
        Files.writeString(articles.resolve("apart.txt"), "Evening notes\n\nGood sleep needs a calm evening. "
                + "Some filler words about other things entirely. Hygiene of the kitchen matters too.\n");
        Files.writeString(articles.resolve("together.txt"), "Evening notes\n\nGood sleep hygiene needs a calm evening. "
                + "Some filler words about other things entirely. Of the kitchen matters too.\n");
        try (IndexStore store = IndexStore.open(folder.resolve("index"))) {
            store.reindex(new CorpusReader().read(folder.resolve("corpus")), true);
            Searcher searcher = new Searcher(store, EngineOptions.DEFAULTS);
            List<RankedArticle> ranked = searcher.rank("sleep hygiene", 10);
            assertEquals(List.of("together", "apart"), ranked.stream().map(RankedArticle::slug).toList());
            assertTrue(ranked.get(0).score() > ranked.get(1).score());
            // One word has no neighbour to stand close to: the two articles tie.
            List<RankedArticle> single = searcher.rank("hygiene", 10);
            assertEquals(single.get(0).score(), single.get(1).score(), 1e-6);
        }
    }
}
