package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** {@code POST /api/reindex}: only with the configured bearer token, and off without one. */
class AdminReindexTest {

    private final TestSite site = TestSite.get();

    @Test
    void reindexWithoutATokenIsUnauthorized() {
        HttpResponse<String> response = post(site.server.port(), null);
        assertEquals(401, response.statusCode());
        assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, TestSite.json(response).get("status").asInt());
    }

    @Test
    void reindexWithAWrongTokenIsUnauthorized() {
        assertEquals(401, post(site.server.port(), "Bearer wrong-token").statusCode());
        assertEquals(401, post(site.server.port(), "Bearer " + TestSite.ADMIN_TOKEN + "x").statusCode());
        assertEquals(401, post(site.server.port(), "Basic " + TestSite.ADMIN_TOKEN).statusCode());
        assertEquals(401, post(site.server.port(), TestSite.ADMIN_TOKEN).statusCode());
    }

    @Test
    void reindexWithTheTokenAnswersWithTheSummary() throws Exception {
        Path added = site.corpus.resolve("articles/reindex-probe.md");
        Files.writeString(added, """
                ---
                title: Reindex probe
                summary: An article added while the server runs, to show that a reindex picks it up.
                topics: [evidence]
                evidence: low
                ---
                The word plumbicorn appears only in this article.
                """);
        try {
            HttpResponse<String> response = post(site.server.port(), "Bearer " + TestSite.ADMIN_TOKEN);
            assertEquals(200, response.statusCode(), response.body());
            JsonNode summary = TestSite.json(response);
            assertEquals(1, summary.get("added").asInt());
            assertEquals(site.initialIndex.articles() + 1, summary.get("articles").asInt());
            assertTrue(summary.get("unchanged").asInt() > 0);
            assertEquals("reindex-probe", site.api("/api/search?q=plumbicorn").get("hits").get(0).get("slug").asText());
        } finally {
            Files.delete(added);
            post(site.server.port(), "Bearer " + TestSite.ADMIN_TOKEN);
        }
        assertEquals(0, site.api("/api/search?q=plumbicorn").get("total").asInt());
    }

    @Test
    void aBrokenFileIsReportedInTheAnswerAndInHealthWhileTheReindexGoesOn() throws Exception {
        Path broken = site.corpus.resolve("articles/broken-probe.md");
        Files.writeString(broken, "---\ntitle: [unclosed\n---\nBody.\n");
        try {
            HttpResponse<String> response = post(site.server.port(), "Bearer " + TestSite.ADMIN_TOKEN);
            assertEquals(200, response.statusCode(), response.body());
            JsonNode summary = TestSite.json(response);
            assertEquals(site.initialIndex.articles(), summary.get("articles").asInt(), "every good article still indexed");
            assertEquals("broken-probe", summary.get("skipped").get(0).asText());
            JsonNode problem = summary.get("problems").get(0);
            assertEquals("articles/broken-probe.md", problem.get("file").asText());
            assertEquals("ERROR", problem.get("severity").asText());
            assertFalse(problem.get("message").asText().isBlank());

            JsonNode health = site.api("/health");
            assertEquals(summary.get("problems").size(), health.get("problems").asInt());
            assertEquals(summary.get("finishedAt").asText(), health.get("indexedAt").asText());
        } finally {
            Files.delete(broken);
            post(site.server.port(), "Bearer " + TestSite.ADMIN_TOKEN);
        }
        assertEquals(0, site.api("/health").get("problems").asInt());
    }

    @Test
    void reindexIsDisabledWhenNoTokenIsConfigured() {
        try (WebServer open = WebServer.start(site.engine,
                new WebServer.Options("127.0.0.1", 0, site.corpus, null, Clock.systemDefaultZone()))) {
            HttpResponse<String> response = post(open.port(), "Bearer " + TestSite.ADMIN_TOKEN);
            assertEquals(403, response.statusCode());
            assertTrue(TestSite.json(response).get("detail").asText().contains("SLEEPKB_ADMIN_TOKEN"));
        }
    }

    private HttpResponse<String> post(int port, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/reindex"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return site.send(request.build());
    }
}
