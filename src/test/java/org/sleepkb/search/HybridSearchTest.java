package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.embed.Embedder;
import org.sleepkb.embed.SentenceModel;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;

/** Hybrid search over the bundled corpus, embedded once for the whole class with the real model. */
class HybridSearchTest {

    @TempDir
    static Path indexDir;

    private static IndexStore store;
    private static Searcher hybrid;
    private static Searcher lexical;

    @BeforeAll
    static void indexTheBundledCorpusWithVectors() throws IOException {
        Optional<Embedder> model = SentenceModel.shared();
        store = IndexStore.open(indexDir, model);
        store.reindex(new CorpusReader().read(TestCorpus.BUNDLED), false);
        hybrid = new Searcher(store, EngineOptions.DEFAULTS.withEmbedder(model));
        lexical = new Searcher(store, EngineOptions.DEFAULTS);
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    private static List<String> top(Searcher searcher, SearchRequest request, int n) {
        return searcher.search(request).hits().stream().limit(n).map(Hit::slug).toList();
    }

    private static List<String> top(Searcher searcher, String query, int n) {
        return top(searcher, SearchRequest.of(query), n);
    }

    @Test
    void atLeastNineteenInTwentyJudgedLayQueriesFindAnAnsweringArticleInTheTopThree() throws IOException {
        List<JudgedQueriesTest.Judged> judged = JudgedQueriesTest.read();
        List<String> misses = new ArrayList<>();
        for (JudgedQueriesTest.Judged query : judged) {
            List<String> top = top(hybrid, SearchRequest.of(query.query(), 3), 3);
            if (top.stream().noneMatch(query.slugs()::contains)) {
                misses.add(query.query() + " -> " + top);
            }
        }
        double success = 1.0 - (double) misses.size() / judged.size();
        assertTrue(success >= 0.95, "hybrid success@3 " + success + "; misses: " + misses);
    }

    @Test
    void aMindThatWontShutOffAtNightFindsTheRacingThoughtsArticleFirst() {
        assertEquals("racing-thoughts-at-bedtime", top(hybrid, "my mind won't shut off at night", 1).get(0));
    }

    @Test
    void queriesThatShareFewWordsWithTheArticleFindItByMeaning() {
        List<String> brain = top(hybrid, "my brain keeps going when I lie down", 3);
        List<String> baby = top(hybrid, "baby on the way and cannot sleep", 3);

        assertTrue(brain.contains("racing-thoughts-at-bedtime"), brain.toString());
        assertTrue(baby.contains("sleep-in-pregnancy"), baby.toString());
    }

    @Test
    void facetFiltersApplyToMatchesByMeaningToo() {
        // The whole list: the supplement articles found by meaning score under the end of the list.
        SearchRequest request = new SearchRequest("my mind won't shut off at night",
                Map.of("topic", Set.of("supplements")), 1, 10, true);

        SearchResult result = hybrid.search(request);

        assertTrue(result.total() > 0);
        assertTrue(result.hits().stream().allMatch(hit -> hit.topics().contains("supplements")), result.hits().toString());
    }

    @Test
    void nonsenseStillFindsNothing() {
        assertEquals(0L, hybrid.search(SearchRequest.of("xyzzy plugh")).total());
    }

    @Test
    void everyArticleCountsOnceInTotalsAndFacets() {
        SearchResult all = hybrid.search(SearchRequest.of(""));

        assertEquals(new CorpusReader().read(TestCorpus.BUNDLED).articles().size(), all.total());
        assertEquals(lexical.topics(), hybrid.topics());
        List<String> slugs = hybrid.search(SearchRequest.of("melatonin", 50)).hits().stream().map(Hit::slug).toList();
        assertEquals(slugs.size(), slugs.stream().distinct().count());
    }

    @Test
    void withoutTheModelTheSameIndexIsSearchedByWordsAlone() {
        Searcher plain = new Searcher(store, EngineOptions.DEFAULTS);

        assertEquals(top(plain, "baby on the way and cannot sleep", 10), top(lexical, "baby on the way and cannot sleep", 10));
        assertEquals(plain.search(SearchRequest.of("kratom")).total(), lexical.search(SearchRequest.of("kratom")).total());
    }

    @Test
    void relatedByMeaningListsOtherArticlesNeverItselfAndTheSameEveryTime() {
        for (String slug : List.of("valerian", "burnout", "kratom-what-is-known")) {
            List<String> related = hybrid.related(slug, 5, RelatedBlend.VECTOR).stream().map(Hit::slug).toList();
            assertEquals(5, related.size(), slug);
            assertTrue(!related.contains(slug) && related.stream().distinct().count() == 5, related::toString);
            assertEquals(related, hybrid.related(slug, 5, RelatedBlend.VECTOR).stream().map(Hit::slug).toList());
        }
    }

    @Test
    void relatedByMeaningFindsOtherHerbalSleepAids() {
        List<Hit> related = hybrid.related("valerian", 3, RelatedBlend.VECTOR);
        assertTrue(related.stream().allMatch(hit -> hit.topics().contains("herbal-remedies")),
                () -> related.stream().map(Hit::slug).toList().toString());
    }

    @Test
    void relatedArticlesByDefaultWeighMeaningAndStillPutTheOtherKratomArticleFirst() {
        List<String> related = hybrid.related("kratom-what-is-known", 5).stream().map(Hit::slug).toList();
        assertTrue(related.subList(0, 2).contains("kratom-stress-relief-and-sleep"), related::toString);
        assertEquals(related, hybrid.related("kratom-what-is-known", 5, RelatedBlend.DEFAULT).stream().map(Hit::slug).toList());
    }
}
