package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The safety model on the bundled corpus over real HTTP: what a query names (by brand, name or
 * alias) is carried by the card and the JSON with every ingredient and how they combine; each hit
 * leads with what its article is about; a safety question lists the reviewed article first.
 */
class SafetyApiTest {

    private final TestSite site = TestSite.hybrid();

    private static List<String> ids(JsonNode entries, String field) {
        List<String> ids = new ArrayList<>();
        entries.forEach(entry -> ids.add(entry.get(field).asText()));
        return ids;
    }

    private static JsonNode about(JsonNode result, String id) {
        return StreamSupport.stream(result.get("about").spliterator(), false).filter(a -> a.get("id").asText().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " is not in about: " + result.get("about")));
    }

    /** The card or one of the first three hits names {@code substance}, with {@code warningWord} in its warning. */
    private void assertNamed(String query, String substance, String warningWord) {
        JsonNode result = site.api("/api/search?q=" + query.replace(' ', '+'));
        JsonNode entry = about(result, substance);
        assertTrue(entry.get("warning").asText().toLowerCase().contains(warningWord), query + ": " + entry);
    }

    @Test
    void aProductInTheQueryNamesEveryIngredientWithItsWarning() {
        assertNamed("tylenol pm", "acetaminophen", "liver");
        assertNamed("tylenol pm", "diphenhydramine", "");
        JsonNode product = about(site.api("/api/search?q=tylenol+pm"), "tylenol-pm");
        assertEquals("product", product.get("kind").asText());
        assertTrue(ids(product.get("ingredients"), "id").containsAll(List.of("diphenhydramine", "acetaminophen")), product.toString());
        JsonNode advilPm = about(site.api("/api/search?q=advil+pm"), "advil-pm");
        assertTrue(StreamSupport.stream(advilPm.get("ingredients").spliterator(), false)
                .anyMatch(i -> i.get("name").asText().toLowerCase().contains("ibuprofen")), advilPm.toString());
        assertNamed("nyquil", "acetaminophen", "liver");
        assertNamed("nyquil", "doxylamine", "");
    }

    @Test
    void thePageShowsTheCardAboveTheHits() {
        Document page = site.page("/search?q=tylenol+pm");
        Element card = page.selectFirst("section.about-card");
        assertNotNull(card, "the card for what was searched");
        assertTrue(card.text().contains("Acetaminophen") && card.text().toLowerCase().contains("liver"), card.text());
        assertTrue(card.elementSiblingIndex() < page.selectFirst("ol.hits").elementSiblingIndex(), "the card stands above the hits");

        Element combination = site.page("/search?q=ambien+and+alcohol").selectFirst("section.about-card li.combination");
        assertNotNull(combination);
        assertTrue(combination.text().startsWith("Z-drugs + Alcohol: Major —"), combination.text());
        assertNotNull(combination.selectFirst(".cited a[href^=https://]"), "the combination names its source");
        assertNull(site.page("/search?q=sleep+stages").selectFirst("section.about-card"));

        Element twice = site.page("/search?q=tylenol+pm+and+nyquil").selectFirst("section.about-card li.combination");
        assertTrue(twice.text().startsWith("Acetaminophen (paracetamol), twice: Major —"), twice.text());
    }

    @Test
    void twoNamedSubstancesThatInteractMakeACombinationWithSeverityAndSource() {
        JsonNode result = site.api("/api/search?q=ambien+and+alcohol");
        JsonNode combination = result.get("combinations").get(0);
        assertEquals(List.of("z-drugs", "alcohol"),
                List.of(combination.get("substances").get(0).asText(), combination.get("substances").get(1).asText()));
        assertEquals("major", combination.get("severity").asText());
        assertFalse(combination.get("effect").asText().isBlank());
        assertTrue(combination.get("sources").size() > 0 && combination.get("sources").get(0).get("url").asText().startsWith("https://"),
                combination.toString());

        assertTrue(site.api("/api/search?q=xanax+with+kratom").get("combinations").size() > 0, "by class: both are sedatives");
        assertTrue(site.api("/api/search?q=zzzquil+and+wine").get("combinations").size() > 0, "a product's ingredient and a drink");
        assertEquals(0, site.api("/api/search?q=valerian").get("combinations").size());
        assertEquals(List.of("melatonin"), ids(site.api("/api/search?q=melatonin").get("about"), "id"));
    }

    private JsonNode hit(String query, String slug) {
        for (JsonNode hit : site.api("/api/search?limit=20&q=" + query.replace(' ', '+')).get("hits")) {
            if (hit.get("slug").asText().equals(slug)) {
                return hit;
            }
        }
        throw new AssertionError(slug + " is not a hit for " + query);
    }

    @Test
    void aHitLeadsWithWhatItsArticleIsAbout() {
        JsonNode otc = hit("sleep aids", "otc-sleep-aids").get("safety");
        JsonNode first = otc.get("substances").get(0);
        assertTrue(Set.of("diphenhydramine", "doxylamine").contains(first.get("id").asText()), otc.toString());
        assertEquals("subject", first.get("role").asText());
        assertFalse(otc.get("warning").asText().toLowerCase().contains("alcohol"), otc.get("warning").asText());

        JsonNode cbtI = hit("cbt-i insomnia", "insomnia-and-cbt-i").get("safety");
        assertTrue(cbtI.get("warning").isNull(), cbtI.toString());
        assertTrue(cbtI.get("interaction").isNull());
        assertTrue(cbtI.get("regulatory").isNull());
        cbtI.get("substances").forEach(s -> assertEquals("mentioned", s.get("role").asText()));

        Element panel = site.page("/search?q=cbt-i+insomnia").selectFirst("#hit-insomnia-and-cbt-i").parent().parent().selectFirst("aside.safety");
        assertFalse(panel.text().contains("Warning"), panel.text());
        assertTrue(panel.selectFirst(".mentions").text().contains("(high risk)"), panel.text());
    }

    @Test
    void aSafetyQuestionListsTheReviewedArticleBeforeTheClaimsText() {
        for (String question : List.of("is kratom safe", "kratom side effects")) {
            List<String> slugs = ids(site.api("/api/search?q=" + question.replace(' ', '+')).get("hits"), "slug");
            assertTrue(slugs.indexOf("kratom-what-is-known") >= 0
                    && slugs.indexOf("kratom-what-is-known") < slugs.indexOf("kratom-stress-relief-and-sleep"), question + ": " + slugs);
        }
    }

    @Test
    void theArticlePageGivesSubjectsInFullAndMentionsOneLineEach() {
        Document page = site.page("/articles/otc-sleep-aids");
        List<String> full = page.select("section.substance h3").eachText();
        assertTrue(full.stream().allMatch(t -> t.startsWith("Diphenhydramine") || t.startsWith("Doxylamine")), full.toString());
        Element alcohol = page.selectFirst("section.mentions a[href=/search?substance=alcohol]");
        assertNotNull(alcohol, "a mention links to the substance");
        assertNotNull(page.selectFirst("section.substance li .cited a[href^=https://]"), "each warning names its source");

        JsonNode article = site.api("/api/articles/z-drugs").get("safety").get("substances").get(0);
        JsonNode interaction = article.get("interactions").get(0);
        assertEquals(Set.of("with", "severity", "effect", "sources"), fieldNames(interaction));
        assertFalse(article.get("warnings").get(0).get("sources").isEmpty());
    }

    @Test
    void evidenceAndRiskReadAsTwoScales() {
        Element panel = site.page("/search?q=kratom").selectFirst("aside.safety");
        Element evidence = panel.selectFirst(".evidence");
        assertFalse(evidence.hasClass("badge"), "evidence is not a coloured badge");
        assertEquals(1, evidence.select(".evidence-bar .step.on").size(), "very low evidence fills one step of four");
        assertTrue(panel.selectFirst(".badge.risk-high") != null, "risk keeps its colour");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
