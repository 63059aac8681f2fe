package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sleepkb.io.Json;
import org.sleepkb.web.http.SecurityHeaders;
import org.sleepkb.web.page.SearchParameters;

/**
 * Hostile and broken requests over real HTTP, one test per kind the issue names: each gets a 4xx
 * with a message or a clamped value, never a 5xx, and traversal never reaches a file.
 */
class HostileInputTest {

    private final TestSite site = TestSite.hybrid();

    @Test
    void anyUnicodeIsSearchedNotRefused() {
        for (String q : List.of("😴 sleep", "睡眠", "نوم", "שינה", "e\u0301te\u0301", "𝔰𝔩𝔢𝔢𝔭", "\uFEFFsleep", "\u202Esleep")) {
            JsonNode result = search(encode(q), 200);
            assertTrue(result.get("total").asLong() >= 0, q);
        }
        // A lone surrogate and an overlong encoding are not UTF-8; they decode to replacement characters.
        search("%ED%A0%80", 200);
        search("%C0%AF", 200);
    }

    @Test
    void controlCharactersAndNulBytesAreIgnored() {
        long plain = search("sleep", 200).get("total").asLong();
        assertTrue(plain > 0);
        for (String q : List.of("%00sleep", "sleep%00", "sleep%00%00", "%01%02sleep%1B%7F", "sleep%0D%0A%09", "%C2%85sleep")) {
            JsonNode result = search(q, 200);
            assertTrue(result.get("total").asLong() > 0, q);
        }
        assertEquals(plain, search("%00sleep%00", 200).get("total").asLong());
    }

    @Test
    void invisibleTextIsSearchedByWordsNotRefused() {
        // Text the sentence model cannot embed (nothing left once trimmed) alone and around a word.
        List<String> invisible = List.of("%00", "%01", "%7F", "%C2%A0", "%E2%80%8B", "%EF%BB%BF", "%CC%81", "%EF%BF%BD", "%FF",
                "%1B", "%C2%85", "%E2%80%AE", "%E2%81%A0", "%E3%80%80", "%F3%A0%80%81", "%0B%0C");
        for (String q : invisible) {
            search(q, 200);
            search(q + q + q, 200);
            assertTrue(search(q + "sleep" + q, 200).get("total").asLong() > 0, q);
        }
        assertEquals(200, RawHttp.get(site.server.port(), "/search?q=%C2%A0%E2%80%8B").status());
        assertEquals(200, RawHttp.get(site.server.port(), "/api/suggest?q=%EF%BB%BF").status());
    }

    @Test
    void theEchoedQueryHasNoControlCharacters() {
        JsonNode result = search("sleep%00%01%1B%7F", 200);
        assertEquals("sleep", result.get("query").asText());
        Document page = site.page("/search?q=sleep%00%1B");
        assertFalse(page.html().contains("\u0000") || page.html().contains("\u001B"), "no control characters on the page");
        assertEquals("sleep", page.selectFirst("input[name=q]").attr("value"));
    }

    @Test
    void unbalancedQuotesAndParenthesesAreSearchedAsPlainWords() {
        for (String q : List.of("\"sleep", "sleep\"", "((sleep", "sleep))", "[sleep TO", "{sleep", "sleep AND", "OR sleep", "NOT", "+-sleep", "sleep^", "\\")) {
            JsonNode result = search(encode(q), 200);
            if (q.contains("sleep")) {
                assertTrue(result.get("total").asLong() > 0, q);
            }
        }
    }

    @Test
    void leadingWildcardsAreNotExpanded() {
        for (String q : List.of("*leep", "?leep", "*", "**", "*:*", "*sleep*", "?")) {
            search(encode(q), 200);
        }
    }

    @Test
    void hugeFuzzyEditDistancesAreCappedAndAnswered() {
        for (String q : List.of("a~999999", "sleep~99999999999999999999", "sleep~-1", "sleep~0.5", "melatonin~2.5", "\"sleep stress\"~999999999", "sleep^999999999")) {
            search(encode(q), 200);
        }
        assertTrue(search(encode("melatonnin~999999"), 200).get("total").asLong() > 0, "still a typo-tolerant search");
    }

    @Test
    void regularExpressionSyntaxIsLiteral() {
        for (String q : List.of("/.*/", "/[a-z]{1,99999}/", "title:/.*/", "/(a+)+$/", "/", "//")) {
            search(encode(q), 200);
        }
    }

    @Test
    void fieldGarbageIsSearchedAsWords() {
        for (String q : List.of("title:", ":", "::::", "nosuchfield:sleep", "title:(", "body:[* TO *]", "stored:x", "slug:kratom-and-sleep", "title:\"")) {
            search(encode(q), 200);
        }
    }

    @Test
    void veryLongWordsUpToTheLimitAreSearchedAndLongerOnesRefused() {
        search("m".repeat(SearchParameters.MAX_QUERY_LENGTH), 200);
        search("m".repeat(SearchParameters.MAX_QUERY_LENGTH - 1) + "*", 200);
        assertError("/api/search?q=" + "m".repeat(SearchParameters.MAX_QUERY_LENGTH + 1), 400, "the limit is 500");
    }

    @Test
    void manyWildcardAndFuzzyWordsAreSearchedAsPlainWords() {
        String wildcards = IntStream.range(0, 60).mapToObj(i -> Character.toString('a' + i % 26) + "*").collect(Collectors.joining(" "));
        search(encode(wildcards), 200);
        String fuzzy = IntStream.range(0, 60).mapToObj(i -> "w" + i + "~2").collect(Collectors.joining(" "));
        search(encode(fuzzy), 200);
        search(encode("s*e*e*p*a*b*c*d*e*f*g*h*"), 200);
    }

    @Test
    void aQueryWithMoreDistinctWordsThanLuceneCombinesIsA400WithAMessage() {
        // Each CJK character is a word of its own: 300 words in 6 fields is more than 1024 clauses.
        String words = IntStream.range(0, 300).mapToObj(i -> Character.toString(0x4E00 + i)).collect(Collectors.joining());
        assertError("/api/search?q=" + encode(words), 400, "too many words");
        RawHttp.Answer page = RawHttp.get(site.server.port(), "/search?q=" + encode(words));
        assertEquals(400, page.status());
        assertTrue(page.body().contains("too many words"), page.body());
    }

    @Test
    void pageAndLimitOutOfRangeOrNotNumbersAreA400NamingTheParameter() {
        for (String page : List.of("0", "-1", "101", "abc", "1.5", "1e3", "99999999999999999999", "%00", "0x10", "%E2%82%AC",
                "%EF%BC%92", "%D9%A3", "%2B2")) {
            assertError("/api/search?q=sleep&page=" + page, 400, "page must be a whole number from 1 to 100");
        }
        for (String limit : List.of("0", "51", "-5", "NaN", "ten", "2147483648")) {
            assertError("/api/search?q=sleep&limit=" + limit, 400, "limit must be a whole number from 1 to 50");
        }
        assertError("/api/articles/alcohol-and-sleep/related?limit=999", 400, "limit must be a whole number from 1 to 20");
        assertError("/api/suggest?q=sle&limit=-1", 400, "limit must be a whole number from 1 to 20");
        assertEquals(1, search("sleep&page=&limit=", 200).get("page").asInt(), "empty values take the default");
        assertEquals(1, search("sleep&page=%201%20", 200).get("page").asInt(), "spaces around a number are fine");
    }

    @Test
    void invalidPercentEncodingIsNeverAServerError() {
        for (String target : List.of("/api/search?q=%", "/api/search?q=%zz", "/api/search?q=%E2%82", "/api/search?q=sleep%",
                "/api/search?q=sleep&page=%zz", "/api/search?q=%%%", "/search?q=%G1", "/api/suggest?q=%")) {
            RawHttp.Answer answer = RawHttp.get(site.server.port(), target);
            assertTrue(answer.status() == 200 || answer.status() == 400, target + " answered " + answer.status());
        }
    }

    @Test
    void slugTraversalInAnyEncodingIsA404() {
        for (String target : List.of("/articles/..%2f..%2fpom.xml", "/articles/%2e%2e%2f%2e%2e%2fpom.xml", "/articles/%2E%2E%2Fpom.xml",
                "/articles/..%2fpom.xml", "/articles/%252e%252e%252fpom.xml", "/articles/..%252f..%252fpom.xml",
                "/articles/alcohol-and-sleep%2f..%2f..%2fpom.xml", "/articles/..%5c..%5cpom.xml", "/api/articles/..%2f..%2fpom.xml",
                "/api/articles/%2e%2e%2fpom.xml/related", "/topics/..%2f..%2fpom.xml", "/static/..%2f..%2fpom.xml",
                "/static/%2e%2e%2fsite.css", "/static/../pom.xml", "/articles/../pom.xml", "//etc/passwd")) {
            RawHttp.Answer answer = RawHttp.get(site.server.port(), target);
            assertEquals(404, answer.status(), target);
            assertNoFileLeaked(target, answer);
        }
    }

    @Test
    void pathsThatClimbAboveTheRootAreA404LikeAnyAddressWithNothingBehindIt() {
        for (String target : List.of("/articles/../../etc/passwd", "/static/../../pom.xml", "/%2e%2e/pom.xml", "/..",
                "/static/%2e%2e/%2e%2e/pom.xml", "/articles/%2E%2E/%2e%2e/pom.xml?q=sleep", "/../../../../etc/passwd")) {
            RawHttp.Answer answer = RawHttp.get(site.server.port(), target);
            assertEquals(404, answer.status(), target);
            assertNoFileLeaked(target, answer);
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, answer.header("Content-Security-Policy"), target);
            assertEquals("Page not found", Jsoup.parse(answer.body()).selectFirst("h1").text(), target);
        }
        RawHttp.Answer api = RawHttp.get(site.server.port(), "/api/articles/../../../pom.xml");
        assertEquals(404, api.status());
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"there is nothing at this address\"}",
                api.body(), "the API answers with problem details");
    }

    @Test
    void pathsWithNulBytesOrBrokenEncodingAreRefusedWithTheSecurityHeaders() {
        // Jetty cannot even name these paths, so no route sees them: a 400, never a file.
        for (String target : List.of("/articles/%00", "/static/site.css%00.html", "/articles/%c0%ae%c0%ae%2fpom.xml")) {
            RawHttp.Answer answer = RawHttp.get(site.server.port(), target);
            assertEquals(400, answer.status(), target);
            assertNoFileLeaked(target, answer);
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, answer.header("Content-Security-Policy"), target);
            assertTrue(answer.body().contains("this address cannot be read"), answer.body());
            assertFalse(answer.body().toLowerCase().contains("jetty"), "no server name");
        }
    }

    @Test
    void staticFoldersAreNeverListed() {
        for (String target : List.of("/static/", "/static", "/static/.", "/static//", "/static/%2e/")) {
            RawHttp.Answer answer = RawHttp.get(site.server.port(), target);
            assertEquals(404, answer.status(), target);
            Document page = Jsoup.parse(answer.body());
            assertEquals("Page not found", page.selectFirst("h1").text(), target);
            assertTrue(page.select("a[href*=site.css], a[href*=suggest.js], a[href*=filters.js]").isEmpty(), target + " lists files");
        }
        assertEquals(200, RawHttp.get(site.server.port(), "/static/site.css").status());
    }

    private static void assertNoFileLeaked(String target, RawHttp.Answer answer) {
        assertFalse(answer.body().contains("<artifactId>"), target + " served pom.xml");
        assertFalse(answer.body().contains("root:"), target + " served a system file");
    }

    private JsonNode search(String encodedQuery, int status) {
        RawHttp.Answer answer = RawHttp.get(site.server.port(), "/api/search?q=" + encodedQuery);
        assertEquals(status, answer.status(), encodedQuery + ": " + answer.body());
        return json(answer);
    }

    private void assertError(String target, int status, String message) {
        RawHttp.Answer answer = RawHttp.get(site.server.port(), target);
        assertEquals(status, answer.status(), target + ": " + answer.body());
        JsonNode error = json(answer);
        assertNotNull(error.get("detail"), answer.body());
        assertTrue(error.get("detail").asText().contains(message), target + ": " + error.get("detail").asText());
        assertEquals(status, error.get("status").asInt());
    }

    private static JsonNode json(RawHttp.Answer answer) {
        try {
            return Json.MAPPER.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
