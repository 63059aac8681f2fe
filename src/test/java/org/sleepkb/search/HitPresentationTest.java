package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sleepkb.search.embedded.Searcher;
import org.sleepkb.search.snippet.SnippetFormatter;

/** Each hit shows its best passage, highlighted and safe to embed, and the section it comes from. */
class HitPresentationTest {

    private final Searcher searcher = BundledCorpus.searcher();

    private Hit first(String query) {
        return searcher.search(SearchRequest.of(query, 1)).hits().get(0);
    }

    @Test
    void theSnippetMarksTheMatchedWordsAndNamesTheSectionTheyStandIn() {
        Hit hit = first("CPAP machine");
        assertEquals("sleep-apnea", hit.slug());
        assertTrue(hit.snippet().contains("<mark>CPAP</mark>"), hit.snippet());
        assertNotNull(hit.section());
        assertEquals("cpap", hit.section().anchor());
    }

    @Test
    void snippetsStayReadablyShort() {
        for (String query : new String[] {"kratom withdrawal", "sleep", "melatonin children dose", "caffeine half-life afternoon"}) {
            for (Hit hit : searcher.search(SearchRequest.of(query, 10)).hits()) {
                String text = hit.snippet().replace("<mark>", "").replace("</mark>", "").replaceAll("&[a-z#0-9]+;", "x");
                assertTrue(text.length() <= SnippetFormatter.MAX_CHARS + 2, () -> text.length() + " chars: " + text);
                assertFalse(text.isBlank());
            }
        }
    }

    @Test
    void snippetTextIsEscapedAndOnlyMarkIsMarkup() {
        for (Hit hit : searcher.search(SearchRequest.of("FDA label \"doesn't\" <script>", 10)).hits()) {
            String withoutMarks = hit.snippet().replace("<mark>", "").replace("</mark>", "");
            assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">") || withoutMarks.contains("\""), hit.snippet());
        }
    }

    @Test
    void aHitWhoseBodyDoesNotMatchShowsItsSummary() {
        Hit hit = first("title:melatonin");
        assertEquals(hit.summary().replace("'", "&#39;").replace("\"", "&quot;"), hit.snippet());
    }

    @Test
    void everyHitCarriesItsSafetyPanel() {
        Hit hit = first("kratom");
        assertTrue(hit.slug().startsWith("kratom"));
        assertEquals("kratom", hit.safety().firstSubject().orElseThrow().id());
    }
}
