package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.Schema;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;
import org.sleepkb.search.rank.Ranker;

/**
 * Feedback widens a plain search by a bounded number of articles that lack the typed words but
 * share the vocabulary of its best matches; they count as hits everywhere a hit counts.
 */
class FeedbackWideningTest {

    private static final String LANGUAGE = "Lanterns shimmer in deep trench water, where bioluminescent plankton drift near warm vents.";
    /** Articles without the typed word that share the matches' vocabulary: more than may join. */
    private static final int NEIGHBOURS = Ranker.WIDENED + 5;
    /** Unrelated articles, so that the shared vocabulary is as distinctive as in a real corpus. */
    private static final int OTHERS = 3 * NEIGHBOURS;

    @TempDir
    static Path folder;

    private static IndexStore store;
    private static Searcher searcher;

    @BeforeAll
    static void index() throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, folder.resolve("corpus"));
        corpus.writeArticle("glowfin-watching.md", article("Glowfin watching", "sleep-science", "Glowfin shoals. " + LANGUAGE));
        corpus.writeArticle("glowfin-nights.md", article("Glowfin nights", "herbal-remedies", "Glowfin at night. " + LANGUAGE));
        for (int i = 0; i < NEIGHBOURS; i++) {
            corpus.writeArticle("trench-" + i + ".md", article("Trench notes " + i, "sleep-science", LANGUAGE + " Entry " + i + "."));
        }
        for (int i = 0; i < OTHERS; i++) {
            corpus.writeArticle("desert-" + i + ".md", article("Desert notes " + i, "sleep-science",
                    "Dry dunes bake under a pale sky; cacti store rain for months. Entry " + i + "."));
        }
        corpus.writeArticle("trench-herbs.md", article("Trench herbs", "herbal-remedies", LANGUAGE + " Herbs."));
        corpus.writeArticle("kitchen-water.md", article("Kitchen water", "sleep-science",
                "Kitchen taps run water into a kettle for tea before bed; the kitchen garden needs water too."));
        store = IndexStore.open(folder.resolve("index"));
        store.reindex(new CorpusReader().read(corpus.root()), false);
        searcher = new Searcher(store, EngineOptions.DEFAULTS);
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    private static String article(String title, String topic, String body) {
        return "---\ntitle: " + title + "\nsummary: A test article.\ntopics: [" + topic + "]\nevidence: low\n"
                + "reviewed: 2026-11-20\nsources:\n  - title: Source\n    publisher: NIH\n    url: https://www.nih.gov/\n---\n" + body + "\n";
    }

    private static SearchResult search(String query, Map<String, Set<String>> filters) {
        // Every match: widening decides what matches; where the list ends is RelevanceCut's (ListEndsTest).
        return searcher.search(new SearchRequest(query, filters, 1, SearchRequest.MAX_PAGE_SIZE, true));
    }

    private static List<String> slugs(SearchResult result) {
        return result.hits().stream().map(Hit::slug).toList();
    }

    @Test
    void aPlainSearchAlsoListsABoundedNumberOfArticlesInTheLanguageOfItsBestMatches() {
        SearchResult result = search("glowfin", Map.of());
        List<String> slugs = slugs(result);
        assertEquals(List.of("glowfin-nights", "glowfin-watching"), slugs.subList(0, 2).stream().sorted().toList(),
                "the articles with the typed word come first");
        assertEquals(2 + Ranker.WIDENED, result.total());
        assertEquals(result.total(), slugs.size());
        assertTrue(slugs.subList(2, slugs.size()).stream().allMatch(slug -> slug.startsWith("trench-")), slugs.toString());
        assertFalse(slugs.contains("kitchen-water"), "sharing one common word is not enough to join");
        assertEquals(slugs.subList(0, 2), result.hits().stream().filter(Hit::matchesWords).map(Hit::slug).toList(),
                "only the articles with the typed word say they match it");
    }

    @Test
    void widenedArticlesCountInTheFacets() {
        SearchResult result = search("glowfin", Map.of());
        long graded = result.facets().get(Schema.EVIDENCE).stream().mapToLong(FacetCount::count).sum();
        assertEquals(result.total(), graded);
    }

    @Test
    void aFacetFilterAppliesToWidenedArticlesToo() {
        SearchResult result = search("glowfin", Map.of(Schema.TOPIC, Set.of("herbal-remedies")));
        assertEquals(List.of("glowfin-nights", "trench-herbs"), slugs(result));
        assertEquals(2, result.total());
    }

    @Test
    void aQueryWrittenWithSyntaxMatchesExactlyWhatItSays() {
        SearchResult result = search("+glowfin", Map.of());
        assertEquals(2, result.total());
        assertEquals(Set.of("glowfin-nights", "glowfin-watching"), Set.copyOf(slugs(result)));
    }

    @Test
    void wordsNoArticleHoldsStillFindNothing() {
        assertEquals(0, search("zorblax quintessor", Map.of()).total());
    }
}
