package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.corpus.safety.Severity;
import org.sleepkb.corpus.Source;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.Schema;
import org.sleepkb.search.embedded.EngineOptions;
import org.sleepkb.search.embedded.Searcher;
import org.sleepkb.search.safety.SubstanceRole;
import org.sleepkb.search.safety.Combination;
import org.sleepkb.search.safety.HitSafety;
import org.sleepkb.search.safety.About;
import org.sleepkb.search.safety.SubstanceRisk;

/**
 * The safety model over an index of the safety fixture: a hit leads with what its article is
 * about, a query that names substances or products gets the card and the combinations, and a
 * safety question lists the reviewed article before the claims text.
 */
class SafetyModelTest {

    @TempDir
    static Path dir;
    private static IndexStore store;
    private static Searcher searcher;

    @BeforeAll
    static void index() throws IOException {
        TestCorpus corpus = TestCorpus.safetyCopy(dir.resolve("corpus"));
        store = IndexStore.open(dir.resolve("index"), BundledCorpus.TODAY);
        store.reindex(new CorpusReader(BundledCorpus.TODAY).read(corpus.root()), true);
        searcher = new Searcher(store, EngineOptions.DEFAULTS.withClock(BundledCorpus.TODAY));
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    private static SearchResult search(String query) {
        return searcher.search(SearchRequest.of(query));
    }

    private static Hit hit(String query, String slug) {
        return search(query).hits().stream().filter(h -> h.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " is not a hit for " + query));
    }

    @Test
    void aHitLeadsWithTheSubstanceItsArticleIsAboutNotTheRiskiestItMentions() {
        HitSafety safety = hit("sleep aids", "otc-sleep-aids").safety();
        SubstanceRisk first = safety.substances().get(0);
        assertEquals("diphenhydramine", first.id());
        assertEquals(SubstanceRole.SUBJECT, first.role());
        assertTrue(safety.warning().startsWith("Next-day drowsiness"), safety.warning());
        assertEquals(Severity.MAJOR, safety.interaction().severity());
        assertTrue(safety.regulatory().contains("over the counter"), safety.regulatory());
        List<String> mentions = safety.mentions().stream().map(SubstanceRisk::id).toList();
        assertTrue(mentions.containsAll(List.of("alcohol", "acetaminophen")), "Tylenol PM brings acetaminophen: " + mentions);
        assertTrue(safety.mentions().stream().allMatch(m -> m.role() == SubstanceRole.MENTIONED));
    }

    @Test
    void theRiskFilterFollowsWhatAnArticleIsAboutNotWhatItMentions() {
        List<String> high = searcher.search(SearchRequest.browse(Schema.RISK, "high", 1)).hits().stream().map(Hit::slug).toList();
        List<String> none = searcher.search(SearchRequest.browse(Schema.RISK, Schema.NO_SUBSTANCE, 1)).hits().stream().map(Hit::slug).toList();
        assertTrue(!high.contains("cbt-i"), "CBT-I only mentions Ambien: " + high);
        assertTrue(none.contains("cbt-i"), none.toString());
    }

    @Test
    void aHitWhoseArticleHasNoSubjectShowsNoSubstanceWarning() {
        HitSafety safety = hit("CBT-I", "cbt-i").safety();
        assertNull(safety.warning());
        assertNull(safety.interaction());
        assertNull(safety.regulatory());
        assertEquals(List.of("z-drugs"), safety.mentions().stream().map(SubstanceRisk::id).toList());
    }

    @Test
    void aProductInTheQueryBringsEveryIngredientToTheCard() {
        SearchResult result = search("tylenol pm");
        assertEquals(List.of("tylenol-pm", "diphenhydramine", "acetaminophen"), result.about().stream().map(About::id).toList());
        About product = result.about().get(0);
        assertEquals(About.PRODUCT, product.kind());
        assertEquals(List.of("25 mg per caplet", "500 mg per caplet"), product.ingredients().stream().map(About.Ingredient::amount).toList());
        About acetaminophen = result.about().get(2);
        assertTrue(acetaminophen.warning().contains("liver"), acetaminophen.warning());
        assertNull(result.about().get(1).ingredients());
        assertEquals(List.of(), result.combinations(), "two ingredients of one product are not a combination asked about");
    }

    @Test
    void twoSubstancesThatInteractMakeACombinationWithItsSources() {
        SearchResult result = search("ambien and alcohol");
        assertEquals(List.of("z-drugs", "alcohol"), result.about().stream().map(About::id).toList());
        Combination combination = result.combinations().get(0);
        assertEquals(List.of("z-drugs", "alcohol"), combination.substances());
        assertEquals(Severity.MAJOR, combination.severity());
        assertTrue(combination.effect().contains("slow breathing"), combination.effect());
        assertEquals(List.of("FDA", "NHS"), combination.sources().stream().map(Source::publisher).toList());
    }

    @Test
    void combinationsGoBothWaysAndByClass() {
        Combination brandAndDrink = search("zzzquil and wine").combinations().get(0);
        assertEquals(List.of("diphenhydramine", "alcohol"), brandAndDrink.substances());
        assertEquals(Severity.MAJOR, brandAndDrink.severity());

        Combination byClass = search("xanax with kratom").combinations().get(0);
        assertEquals(List.of("benzodiazepines", "kratom"), byClass.substances());
        assertEquals(Severity.MAJOR, byClass.severity());

        List<Combination> productAndDrink = search("tylenol pm with wine").combinations();
        assertEquals(List.of(List.of("diphenhydramine", "alcohol"), List.of("acetaminophen", "alcohol")),
                productAndDrink.stream().map(Combination::substances).toList());
    }

    @Test
    void oneSubstanceHasACardButNoCombination() {
        SearchResult result = search("melatonin");
        assertEquals(List.of("melatonin"), result.about().stream().map(About::id).toList());
        assertEquals(List.of(), result.combinations());
        assertEquals(List.of(), search("sleep stages").about());
    }

    @Test
    void aMisspeltNameStillFindsItsSubstance() {
        SearchResult result = search("ambian and alcohol");
        assertTrue(result.about().stream().anyMatch(a -> a.id().equals("z-drugs")), result.about().toString());
        assertNotNull(result.combinations().stream().filter(c -> c.substances().contains("z-drugs")).findFirst().orElse(null));
    }

    @Test
    void aSafetyQuestionListsTheReviewedArticleAboutTheSubstanceBeforeTheClaimsText() {
        for (String question : List.of("is kratom safe", "kratom side effects", "kratom safe")) {
            List<String> slugs = search(question).hits().stream().map(Hit::slug).toList();
            assertTrue(slugs.indexOf("kratom-and-sleep") >= 0 && slugs.indexOf("kratom-and-sleep") < slugs.indexOf("kratom-claims"),
                    question + ": " + slugs);
        }
        List<String> ranked = searcher.rank("is kratom safe", 10).stream().map(RankedArticle::slug).toList();
        assertTrue(ranked.indexOf("kratom-and-sleep") < ranked.indexOf("kratom-claims"), ranked.toString());
    }

    @Test
    void aQuestionThatDoesNotAskAboutSafetyKeepsTheRankingByWords() {
        assertEquals("kratom-claims", search("kratom natural gentle").hits().get(0).slug());
    }
}
