package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepkb.io.Json;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.embed.Embedder;
import org.sleepkb.embed.SentenceModel;
import org.sleepkb.index.IndexStore;
import org.sleepkb.search.SearchMode;
import org.sleepkb.search.embedded.EmbeddedEngine;
import org.sleepkb.search.embedded.EngineOptions;

/**
 * Crisis searches over HTTP, as the product runs by default: the bundled corpus indexed with the
 * sentence model and searched hybrid by a real server. Each example of issue 18 raises the banner
 * on the page and the {@code crisis} field in {@code /api/search}, in its language, is searched as
 * typed, and lists the article about getting help first.
 */
class CrisisSearchTest {

    private static final String HELP = "getting-help-and-crisis-support";
    private static final String SEDATIVES = "combining-sedatives";

    @TempDir
    static Path indexDir;

    private static IndexStore store;
    private static WebServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void serveTheBundledCorpusHybrid() throws IOException {
        Optional<Embedder> model = SentenceModel.shared();
        assertTrue(model.isPresent(), "the sentence model loads");
        store = IndexStore.open(indexDir, model);
        store.reindex(new CorpusReader().read(TestCorpus.BUNDLED), false);
        server = WebServer.start(EmbeddedEngine.over(store, EngineOptions.DEFAULTS.withEmbedder(model).withMode(SearchMode.HYBRID)),
                WebServer.Options.local(0, TestCorpus.BUNDLED, null));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        store.close();
    }

    private static String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static JsonNode api(String query) throws Exception {
        return Json.MAPPER.readTree(get("/api/search?q=" + q(query)));
    }

    private static Document page(String query) throws Exception {
        return Jsoup.parse(get("/search?q=" + q(query)));
    }

    private static List<String> slugs(JsonNode result) {
        List<String> slugs = new ArrayList<>();
        result.get("hits").forEach(hit -> slugs.add(hit.get("slug").asText()));
        return slugs;
    }

    private static List<String> numbers(JsonNode crisis) {
        List<String> numbers = new ArrayList<>();
        crisis.get("lines").forEach(line -> numbers.add(line.has("number") ? line.get("number").asText() : line.get("url").asText()));
        return numbers;
    }

    /** The examples of issue 18: query, kind, language. */
    static Stream<Arguments> crises() {
        return Stream.of(
                Arguments.of("quiero morir", "suicide", "es"),
                Arguments.of("me quiero matar", "suicide", "es"),
                Arguments.of("no quiero vivir", "suicide", "es"),
                Arguments.of("pensamientos suicidas", "suicide", "es"),
                Arguments.of("sobredosis", "overdose", "es"),
                Arguments.of("tomé muchas pastillas", "overdose", "es"),
                Arguments.of("tome muchas pastillas", "overdose", "es"),
                Arguments.of("took 20 benadryl", "overdose", "en"),
                Arguments.of("took a whole bottle of ambien", "overdose", "en"),
                Arguments.of("how many sleeping pills to die", "overdose", "en"),
                Arguments.of("lethal dose of zolpidem", "overdose", "en"),
                Arguments.of("how much ambien is lethal", "overdose", "en"),
                Arguments.of("end it all", "suicide", "en"),
                Arguments.of("no reason to live", "suicide", "en"),
                Arguments.of("everyone would be better off without me", "suicide", "en"),
                Arguments.of("I want to go to sleep and never wake up", "suicide", "en"),
                Arguments.of("I don't see the point", "suicide", "en"),
                Arguments.of("my friend is not breathing", "medical", "en"),
                Arguments.of("he is unresponsive after sleeping pills", "medical", "en"),
                Arguments.of("chest pain at night", "medical", "en"));
    }

    @ParameterizedTest
    @MethodSource("crises")
    void aCrisisQueryGetsTheCrisisFieldAndTheBannerIsSearchedAsTypedAndListsGettingHelpFirst(String query, String kind, String language)
            throws Exception {
        JsonNode result = api(query);
        JsonNode crisis = result.get("crisis");

        assertTrue(crisis.isObject(), query + ": " + result);
        List<String> fields = new ArrayList<>();
        crisis.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("kind", "language", "lines"), fields, crisis.toString());
        assertEquals(kind, crisis.get("kind").asText(), query);
        assertEquals(language, crisis.get("language").asText(), query);
        for (JsonNode line : crisis.get("lines")) {
            assertTrue(line.hasNonNull("name") && line.hasNonNull("region"), line.toString());
            assertTrue(line.hasNonNull("number") ^ line.hasNonNull("url"), line.toString());
        }
        assertTrue(numbers(crisis).containsAll(List.of("911", "999", "112")), query + ": " + crisis);
        assertEquals(query, result.get("query").asText(), "searched as typed");
        assertTrue(result.get("suggestion").isNull() && result.get("correctedFrom").isNull(), "no respelling of " + query + ": " + result);
        List<String> slugs = slugs(result);
        assertEquals(HELP, slugs.get(0), query + ": " + slugs);
        if (kind.equals("overdose")) {
            assertEquals(SEDATIVES, slugs.get(1), query + ": " + slugs);
        }

        // The page: the banner above the results, in the reader's language, with tap-to-call links.
        Document page = page(query);
        Element banner = page.selectFirst("main > section.crisis");

        assertNotNull(banner, query);
        assertEquals(language, banner.attr("lang"));
        assertEquals(kind, banner.attr("data-kind"));
        assertTrue(banner.elementSiblingIndex() < page.selectFirst("main .results-layout").elementSiblingIndex());
        Set<String> links = Set.copyOf(banner.select("a[href^=tel:]").eachAttr("href"));
        assertTrue(links.containsAll(Set.of("tel:911", "tel:999", "tel:112")), links.toString());
        assertNull(page.selectFirst(".respelling"), "no respelling of " + query);
        assertEquals("/articles/" + HELP, page.selectFirst("li.hit .hit-title a").attr("href"));
    }

    @Test
    void quieroMorirIsNotRespelledAndGetsTheSpanishBannerWith988AndItsSpanishOption() throws Exception {
        JsonNode result = api("quiero morir");
        assertEquals("quiero morir", result.get("query").asText());
        assertTrue(result.get("suggestion").isNull() && result.get("correctedFrom").isNull(), result.toString());
        assertEquals(HELP, slugs(result).get(0));

        Element banner = page("quiero morir").selectFirst("section.crisis");
        assertTrue(banner.selectFirst("h2").text().startsWith("Si tú"), banner.text());
        Element lifeline = banner.selectFirst("a[href=tel:988]").parent();
        assertTrue(lifeline.text().contains("oprime 2") && lifeline.text().contains("AYUDA"), lifeline.text());
    }

    @Test
    void theEnglishBannersNameThe988LifelineSamaritansNhs111AndPoisonHelp() throws Exception {
        Set<String> suicide = Set.copyOf(page("end it all").select("section.crisis a").eachAttr("href"));
        assertTrue(suicide.containsAll(Set.of("tel:988", "tel:116123")), suicide.toString());
        Element overdose = page("took 20 benadryl").selectFirst("section.crisis");
        Set<String> links = Set.copyOf(overdose.select("a").eachAttr("href"));
        assertTrue(links.containsAll(Set.of("tel:18002221222", "tel:111", "tel:988")), links.toString());
        assertTrue(overdose.text().contains("1-800-222-1222") && overdose.text().contains("Spanish: press 2"), overdose.text());
        assertTrue(numbers(api("took 20 benadryl").get("crisis")).contains("1-800-222-1222"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"killing time before bed", "dying for a good night's sleep", "breathing exercises",
            "how much melatonin should I take", "melatonin", "took 2 melatonin and still awake", "me muero de sueño"})
    void idiomsAndEverydayQuestionsRaiseNoCrisis(String query) throws Exception {
        assertTrue(api(query).get("crisis").isNull(), query);
        assertNull(page(query).selectFirst("section.crisis"), query);
    }

    @Test
    void aQueryInAnotherLanguageIsNeverRespelledIntoEnglishWordsOfAnotherMeaning() throws Exception {
        for (String query : List.of("quiero dormir", "no puedo dormir nada", "pastillas para dormir")) {
            JsonNode result = api(query);
            assertEquals(query, result.get("query").asText(), result.toString());
            assertTrue(result.get("suggestion").isNull() && result.get("correctedFrom").isNull(), result.toString());
        }
        // An English typo is still corrected.
        assertEquals("melatonin", api("melatonim").get("query").asText());
    }
}
