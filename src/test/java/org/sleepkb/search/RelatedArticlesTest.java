package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepkb.search.embedded.Searcher;

/** "Related articles" under an article: enough of them, never the article itself, always in the same order. */
class RelatedArticlesTest {

    private final Searcher searcher = BundledCorpus.searcher();

    private List<String> related(String slug) {
        return searcher.related(slug, 6).stream().map(Hit::slug).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kratom-what-is-known", "melatonin", "burnout", "sleep-trackers", "getting-help-and-crisis-support"})
    void atLeastFiveOthersNeverItselfAlwaysInTheSameOrder(String slug) {
        List<String> related = related(slug);
        assertTrue(related.size() >= 5, () -> slug + ": " + related);
        assertFalse(related.contains(slug));
        assertEquals(related.size(), related.stream().distinct().count());
        assertEquals(related, related(slug));
    }

    @Test
    void anArticleOnTheSameSubstanceAndTopicsRanksAtTheTop() {
        List<String> kratom = related("kratom-what-is-known");
        assertTrue(kratom.subList(0, 3).contains("kratom-stress-relief-and-sleep"), kratom::toString);
        assertEquals("passionflower", related("valerian").get(0));
    }

    @Test
    void sharedSubstancesCount() {
        List<String> related = related("z-drugs");
        assertTrue(related.contains("benzodiazepines") || related.contains("combining-sedatives"), related::toString);
    }

    @Test
    void anUnknownArticleHasNoRelatedOnes() {
        assertTrue(searcher.related("no-such-article", 5).isEmpty());
    }
}
