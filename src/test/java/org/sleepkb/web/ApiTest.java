package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sleepkb.web.page.Site;

/** The JSON API over real HTTP: shapes, parameters and errors. */
class ApiTest {

    private final TestSite site = TestSite.get();

    @Test
    void searchReturnsTheCliShapeWithFacetsAndSuggestion() {
        JsonNode result = site.api("/api/search?q=kratom");
        assertEquals(Set.of("query", "total", "hits", "facets", "suggestion", "correctedFrom", "page", "pageSize", "folded", "crisis", "about",
                        "combinations", "tookMs"),
                fieldNames(result));
        assertEquals("kratom", result.get("query").asText());
        assertTrue(result.get("crisis").isNull());
        assertTrue(result.get("total").asLong() >= 2);
        JsonNode hit = result.get("hits").get(0);
        assertEquals(Set.of("slug", "title", "summary", "snippet", "score", "topics", "substances", "section", "matchesWords", "safety"), fieldNames(hit));
        assertTrue(hit.get("matchesWords").asBoolean(), "the first kratom hit holds the word");
        JsonNode safety = hit.get("safety");
        assertEquals(Set.of("evidence", "reviewed", "stale", "editorialNote", "substances", "warning", "interaction",
                "moreInteractions", "regulatory"), fieldNames(safety));
        JsonNode kratom = safety.get("substances").get(0);
        assertEquals(Set.of("id", "name", "risk", "role"), fieldNames(kratom), "the full profile is the article's");
        assertEquals("subject", kratom.get("role").asText());
        assertEquals("kratom", kratom.get("id").asText());
        assertEquals("high", kratom.get("risk").asText());
        assertFalse(safety.get("warning").asText().isBlank());
        assertEquals(Set.of("topic", "substance", "evidence", "risk"), fieldNames(result.get("facets")));
        assertEquals(Set.of("value", "label", "count", "selected"), fieldNames(result.get("facets").get("risk").get(0)));
    }

    @Test
    void searchTakesFiltersPagesAndLimit() {
        JsonNode filtered = site.api("/api/search?q=sleep&evidence=high&limit=3");
        assertEquals(3, filtered.get("pageSize").asInt());
        assertTrue(filtered.get("hits").size() <= 3);
        for (JsonNode hit : filtered.get("hits")) {
            assertEquals("high", hit.get("safety").get("evidence").asText());
        }
        JsonNode selected = first(filtered.get("facets").get("evidence"), "high");
        assertTrue(selected.get("selected").asBoolean());

        JsonNode page1 = site.api("/api/search?q=sleep&limit=5");
        JsonNode page2 = site.api("/api/search?q=sleep&limit=5&page=2");
        assertEquals(2, page2.get("page").asInt());
        assertFalse(slugs(page1).stream().anyMatch(slugs(page2)::contains));
    }

    @Test
    void searchRefusesOutOfRangeParametersWithAJsonError() {
        assertError("/api/search?q=sleep&limit=0", 400, "limit must be a whole number from 1 to 50");
        assertError("/api/search?q=sleep&limit=51", 400, "limit must be a whole number from 1 to 50");
        assertError("/api/search?q=sleep&page=x", 400, "page must be a whole number from 1 to 100");
        assertError("/api/search?q=" + "b".repeat(501), 400, "q is 501 characters long; the limit is 500");
        assertError("/api/search?topic=" + "t".repeat(101), 400, "topic values are at most 100 characters");
    }

    @Test
    void articleReturnsFrontMatterHeadingsBodyAndSafety() {
        JsonNode article = site.api("/api/articles/kratom-what-is-known");
        assertEquals("kratom-what-is-known", article.get("slug").asText());
        assertEquals("/articles/kratom-what-is-known", article.get("url").asText());
        assertEquals("very-low", article.get("evidence").asText());
        assertEquals(site.article("kratom-what-is-known").reviewed().toString(), article.get("reviewed").asText());
        assertEquals("herbal-remedies", article.get("topics").get(0).get("id").asText());
        assertTrue(article.get("headings").size() > 2);
        assertTrue(article.get("markdown").asText().contains("## What kratom does in the body"));
        String anchor = article.get("headings").get(0).get("anchor").asText();
        assertTrue(article.get("html").asText().contains("id=\"" + anchor + "\""), "rendered headings carry the index's anchors");
        JsonNode kratom = article.get("safety").get("substances").get(0);
        assertEquals("high", kratom.get("risk").asText());
        assertTrue(kratom.get("warnings").size() > 1, "the article has the full profile");
        assertTrue(kratom.get("sources").size() > 0);
        assertFalse(article.get("safety").get("stale").asBoolean());
    }

    @Test
    void relatedArticlesNeverIncludeTheArticleAndRespectTheLimit() {
        JsonNode related = site.api("/api/articles/melatonin/related");
        assertEquals(Site.RELATED, related.size());
        for (JsonNode hit : related) {
            assertFalse(hit.get("slug").asText().equals("melatonin"));
            assertTrue(hit.has("safety"));
        }
        assertEquals(2, site.api("/api/articles/melatonin/related?limit=2").size());
        assertError("/api/articles/melatonin/related?limit=21", 400, "limit must be a whole number from 1 to 20");
        assertError("/api/articles/no-such-article/related", 404, "there is no article `no-such-article`");
    }

    @Test
    void topicsListEveryTopicWithItsArticleCount() {
        JsonNode topics = site.api("/api/topics");
        assertEquals(site.topicCount, topics.size());
        assertEquals("sleep-science", topics.get(0).get("topic").get("id").asText());
        long total = 0;
        for (JsonNode topic : topics) {
            assertTrue(topic.get("articles").asLong() > 0, topic.toString());
            total += topic.get("articles").asLong();
        }
        assertTrue(total >= 57, "articles can be under several topics");
    }

    @Test
    void suggestOffersArticlesTopicsAndSubstancesWithLinks() {
        JsonNode suggestions = site.api("/api/suggest?q=melat");
        assertTrue(suggestions.size() > 0);
        assertEquals(Set.of("label", "kind", "target", "url"), fieldNames(suggestions.get(0)));
        List<String> urls = new ArrayList<>();
        suggestions.forEach(s -> urls.add(s.get("url").asText()));
        assertTrue(urls.contains("/articles/melatonin"), urls.toString());
        assertTrue(urls.contains("/search?substance=melatonin"), urls.toString());
        assertEquals(0, site.api("/api/suggest?q=").size());
        assertEquals(1, site.api("/api/suggest?q=sleep&limit=1").size());
        assertError("/api/suggest?q=sleep&limit=100", 400, "limit must be a whole number from 1 to 20");
    }

    @Test
    void healthSaysHowManyArticlesAreSearchable() {
        JsonNode health = site.api("/health");
        assertEquals("ok", health.get("status").asText());
        assertEquals(site.initialIndex.articles(), health.get("articles").asInt());
        assertFalse(health.get("indexedAt").asText().isBlank());
        assertEquals(0, health.get("problems").asInt(), "the bundled corpus has no problems");
    }

    @Test
    void unknownSlugsAndRoutesAreJson404s() {
        assertError("/api/articles/no-such-article", 404, "there is no article `no-such-article`");
        assertError("/api/articles/..%2F..%2Fetc", 404, null);
        assertError("/api/no-such-route", 404, null);
    }

    @Test
    void wrongMethodsAreRefusedWithJson() {
        HttpResponse<String> response = site.send(HttpRequest.newBuilder(URI.create(site.url("/api/search")))
                .DELETE().build());
        assertEquals(405, response.statusCode());
        assertEquals(405, TestSite.json(response).get("status").asInt());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/api/search?q=sleep", "/static/site.css", "/no/such/page", "/api/articles/nope", "/health")) {
            HttpResponse<String> response = site.get(path);
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("default-src 'self'"), path);
            assertFalse(policy.contains("unsafe-inline"), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
    }

    @Test
    void staticAssetsAreCacheableAndPagesUseNoInlineScript() {
        for (String asset : List.of("/static/site.css", "/static/suggest.js", "/static/filters.js")) {
            HttpResponse<String> response = site.get(asset);
            assertEquals(200, response.statusCode(), asset);
            assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age="), asset);
        }
        Document page = site.page("/search?q=sleep");
        for (Element script : page.select("script")) {
            assertTrue(script.hasAttr("src") && script.data().isBlank(), "inline script: " + script);
        }
        assertTrue(page.select("[style]").isEmpty(), "inline style attributes would be blocked by the policy");
        assertTrue(page.select("[onclick], [onload], [onerror]").isEmpty());
    }

    @Test
    void pagesDeclareUtf8() {
        HttpResponse<String> response = site.get("/");
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
    }

    private void assertError(String path, int status, String message) {
        HttpResponse<String> response = site.get(path);
        assertEquals(status, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
        JsonNode error = TestSite.json(response);
        assertEquals(Set.of("type", "title", "status", "detail"), fieldNames(error), "RFC 9457 problem details");
        assertEquals(status, error.get("status").asInt());
        if (message != null) {
            assertEquals(message, error.get("detail").asText());
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode first(JsonNode array, String value) {
        for (JsonNode node : array) {
            if (node.get("value").asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + value + " in " + array);
    }

    private static List<String> slugs(JsonNode result) {
        List<String> slugs = new ArrayList<>();
        result.get("hits").forEach(hit -> slugs.add(hit.get("slug").asText()));
        return slugs;
    }
}
