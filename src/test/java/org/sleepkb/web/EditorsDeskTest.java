package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The editors' desk at /admin over real HTTP: nothing without a session, CSRF-safe forms, and what it shows. */
class EditorsDeskTest {

    private final TestSite site = TestSite.get();

    private HttpResponse<String> post(String path, String cookie, String... fields) {
        String form = java.util.stream.IntStream.range(0, fields.length / 2)
                .mapToObj(i -> fields[2 * i] + "=" + URLEncoder.encode(fields[2 * i + 1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return site.send(request.build());
    }

    private HttpResponse<String> get(String path, String cookie) {
        return site.send(HttpRequest.newBuilder(URI.create(site.url(path))).header("Cookie", cookie).GET().build());
    }

    /** Signs in and returns the session cookie as a Cookie header value. */
    private String signIn() {
        HttpResponse<String> response = post("/admin/sign-in", null, "token", TestSite.ADMIN_TOKEN);
        assertEquals(303, response.statusCode(), response.body());
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private Document desk(String cookie) {
        HttpResponse<String> response = get("/admin", cookie);
        assertEquals(200, response.statusCode(), response.body());
        return Jsoup.parse(response.body());
    }

    private static String csrf(Document desk) {
        return desk.selectFirst("input[name=csrf]").attr("value");
    }

    @Test
    void withoutASessionNothingIsServed() {
        HttpResponse<String> desk = site.get("/admin");
        assertEquals(303, desk.statusCode());
        assertEquals("/admin/sign-in", desk.headers().firstValue("Location").orElse(""));
        assertEquals(303, get("/admin", "sleepkb_admin=forged-session-id").statusCode());
        assertEquals(403, post("/admin/reindex", null).statusCode());
        assertEquals(403, post("/admin/reindex", "sleepkb_admin=forged-session-id", "csrf", "x").statusCode());
        assertEquals(200, site.get("/admin/sign-in").statusCode());
    }

    @Test
    void aWrongTokenIsRefusedAndTheRightOneGivesAStrictHttpOnlyCookie() {
        HttpResponse<String> wrong = post("/admin/sign-in", null, "token", "guess");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("That is not the admin token."));
        assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());

        HttpResponse<String> right = post("/admin/sign-in", null, "token", TestSite.ADMIN_TOKEN);
        String cookie = right.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("sleepkb_admin="), cookie);
        assertTrue(cookie.contains("; Path=/admin"), cookie);
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP on 127.0.0.1: a Secure cookie would never come back");
        assertEquals("no-store", right.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> behindTls = site.send(HttpRequest.newBuilder(URI.create(site.url("/admin/sign-in")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + TestSite.ADMIN_TOKEN)).build());
        assertTrue(behindTls.headers().firstValue("Set-Cookie").orElseThrow().contains("; Secure"));
    }

    @Test
    void formsWithoutTheSessionsOwnTokenAreRefusedAndSignOutEndsTheSession() {
        String cookie = signIn();
        Document desk = desk(cookie);
        assertEquals(403, post("/admin/reindex", cookie).statusCode(), "a cross-site form cannot know the token");
        assertEquals(403, post("/admin/reindex", cookie, "csrf", "not-the-token").statusCode());

        assertEquals(303, post("/admin/sign-out", cookie, "csrf", csrf(desk)).statusCode());
        assertEquals(303, get("/admin", cookie).statusCode(), "the session has ended");
    }

    @Test
    void theReindexButtonReindexesAndTheDeskShowsProblemsKeptArticlesAndReviewsDue() throws Exception {
        Path kept = site.corpus.resolve("articles/script-title.md");
        String good = Files.readString(kept);
        Path old = site.corpus.resolve("articles/desk-old-review.md");
        Files.writeString(old, "---\ntitle: Desk probe reviewed long ago\nsummary: A probe.\ntopics: [evidence]\nevidence: low\n"
                + "reviewed: 2024-01-10\nsources:\n  - title: Probe\n    publisher: Test\n    url: https://example.org/\n---\nBody.\n");
        Files.writeString(kept, good.replace("topics: [evidence]", "topics: [evidence"));
        String cookie = signIn();
        try {
            assertEquals(303, post("/admin/reindex", cookie, "csrf", csrf(desk(cookie))).statusCode());
            Document desk = desk(cookie);

            String problems = desk.select("table.admin-table").first().text();
            assertTrue(problems.contains("articles/script-title.md:"), problems);
            List<String> keptLinks = desk.select("#reindex-heading ~ ul a").eachAttr("href");
            assertEquals(List.of("/articles/" + TestSite.SCRIPT_SLUG), keptLinks);
            String due = desk.select("#review-heading ~ ul").text();
            assertTrue(due.contains("Desk probe reviewed long ago") && due.contains("2024-01-10"), due);

            Document article = site.page("/articles/" + TestSite.SCRIPT_SLUG);
            assertEquals("Shown as last reviewed; an edit is pending.", article.selectFirst(".pending-edit").text());
        } finally {
            Files.writeString(kept, good);
            Files.delete(old);
            post("/admin/reindex", cookie, "csrf", csrf(desk(cookie)));
        }
        assertTrue(site.page("/articles/" + TestSite.SCRIPT_SLUG).select(".pending-edit").isEmpty());
    }

    @Test
    void aQuerySearchedFourTimesNeverAppearsAndOneSearchedFiveTimesDoes() {
        String cookie = signIn();
        for (String typed : List.of("Desk Probe Question", "desk probe question", "desk  probe   QUESTION", " desk probe question ")) {
            site.get("/api/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        }
        site.get("/search?q=desk+probe+question&page=2");
        assertFalse(desk(cookie).text().contains("desk probe question"), "four searches (a second page is not a search)");

        site.get("/search?q=Desk+probe+question");
        String insights = desk(cookie).select("#insights-heading ~ table").text();
        assertTrue(insights.contains("desk probe question 5"), insights);

        for (int i = 0; i < 5; i++) {
            site.get("/api/search?q=%3Cscript%3Edeskprobe%3C%2Fscript%3E");
        }
        HttpResponse<String> page = get("/admin", cookie);
        assertTrue(page.body().contains("&lt;script&gt;deskprobe&lt;/script&gt;"), "a shown query is escaped like any text");
        assertFalse(page.body().contains("<script>deskprobe"));
    }

    @Test
    void withoutAnAdminTokenTheDeskIsOff() {
        try (WebServer open = WebServer.start(site.engine,
                new WebServer.Options("127.0.0.1", 0, site.corpus, null, Clock.systemDefaultZone()))) {
            HttpResponse<String> response = site.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + open.port() + "/admin/sign-in")).GET().build());
            assertEquals(403, response.statusCode());
            assertTrue(response.body().contains("SLEEPKB_ADMIN_TOKEN"));
        }
    }
}
