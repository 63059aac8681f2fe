package org.sleepkb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.safety.SubstanceProfile;
import org.sleepkb.web.page.SearchLinks;

/** The HTML pages over real HTTP against the bundled corpus. */
class PagesTest {

    private final TestSite site = TestSite.get();

    @Test
    void homeHasAFocusedSearchBoxTopicsWithCountsAndTheSafetyExplanation() {
        Document home = site.page("/");
        Element box = home.selectFirst("form[role=search][action=/search] input[name=q]");
        assertNotNull(box);
        assertTrue(box.hasAttr("autofocus"));
        assertNotNull(home.selectFirst("label[for=" + box.id() + "]"), "the search box has a label");
        Elements topics = home.select(".topic-grid li");
        assertEquals(site.topicCount, topics.size());
        Element insomnia = topics.stream().filter(t -> t.selectFirst("a").attr("href").equals("/topics/insomnia")).findFirst().orElseThrow();
        assertTrue(insomnia.selectFirst(".count").text().matches("\\d+ articles"), insomnia.text());
        assertNotNull(home.selectFirst("main a[href=/about/safety]"));
    }

    @Test
    void searchShowsKratomRiskNextToTheHit() {
        Document results = site.page("/search?q=kratom");
        Element hit = hitFor(results, "kratom-what-is-known");
        Element panel = hit.selectFirst("aside.safety");
        assertNotNull(panel, "every hit has a safety panel");
        assertEquals("Very low", panel.selectFirst(".evidence.evidence-very-low .evidence-label").text());
        assertTrue(panel.selectFirst(".risk-list li").text().contains("High risk Kratom"), panel.text());
        assertTrue(panel.text().contains(kratom().warnings().get(0).text()), "first warning of the riskiest subject");
        assertTrue(panel.text().contains("Interacts with"));
        assertTrue(panel.text().contains("Not approved by the FDA for any medical use"), "regulatory line");
        assertTrue(panel.text().contains("Reviewed " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
                .format(site.article("kratom-what-is-known").reviewed())), panel.text());
        assertTrue(panel.text().contains("Editor’s note"));
        Element folded = panel.selectFirst("details.safety-more");
        assertFalse(folded.hasAttr("open"), "interactions, regulation and the note are one click away");
        assertEquals("Interactions, regulation, editor’s note", folded.selectFirst("summary").text());
        assertTrue(folded.text().contains("Interacts with") && folded.text().contains("Not approved by the FDA"), folded.text());
        assertTrue(panel.selectFirst(".safety-warning").text().contains(kratom().warnings().get(0).text()), "the warning is not folded");
        assertFalse(hit.select(".hit-snippet mark").isEmpty(), "the snippet highlights the query");
        assertNotNull(hit.selectFirst(".hit-summary"));
        assertFalse(hit.select(".hit-topics a[href^=/topics/]").isEmpty());
    }

    @Test
    void aHitWithoutTheWordsSearchedForSaysSo() {
        // The articles that match "valerian" by meaning alone score under the list's end, so they are
        // among the folded ones: the whole list shows them.
        Document listed = site.page("/search?q=valerian");
        assertTrue(listed.select("ol.hits .hit-related").isEmpty(), "the list ends before the articles without the word");
        assertNotNull(listed.selectFirst("p.folded"));
        Elements hits = site.page("/search?q=valerian&all=1").select("ol.hits > li.hit");
        assertNull(hits.get(0).selectFirst(".hit-related"), "the valerian article holds the word");
        Elements related = hits.select(":has(.hit-related)");
        assertFalse(related.isEmpty(), "feedback adds articles on other herbal sleep aids");
        for (Element hit : related) {
            assertTrue(hit.select("mark").isEmpty(), hit.text());
            assertTrue(hit.selectFirst(".hit-related").text().contains("Does not contain the words you searched for"));
        }
    }

    @Test
    void everyHitOnAResultsPageHasASafetyPanelAndBadgesCarryText() {
        Document results = site.page("/search?q=sleep");
        Elements hits = results.select("ol.hits > li.hit");
        assertEquals(10, hits.size());
        for (Element hit : hits) {
            assertNotNull(hit.selectFirst("aside.safety dt:containsOwn(Evidence)"), hit.text());
        }
        for (Element badge : results.select(".badge")) {
            assertFalse(badge.text().isBlank(), "a badge without words: " + badge);
        }
    }

    @Test
    void resultsShowTotalTimeAndPagesThatLeadToDifferentHits() {
        Document first = site.page("/search?q=sleep");
        assertTrue(first.selectFirst("h1").text().matches("\\d+ results for “sleep”"), first.selectFirst("h1").text());
        assertTrue(first.selectFirst(".meta").text().matches("Page 1 of \\d+ · found in [\\d.]+ ms"), first.selectFirst(".meta").text());
        Element next = first.selectFirst("nav.pagination a[rel=next]");
        assertEquals("/search?q=sleep&page=2", next.attr("href"));
        Document second = site.page(next.attr("href"));
        assertEquals("11", second.selectFirst("ol.hits").attr("start"));
        assertEquals("2", second.selectFirst("nav.pagination a[aria-current=page]").text());
        Set<String> firstSlugs = slugs(first);
        assertTrue(slugs(second).stream().noneMatch(firstSlugs::contains), "page 2 repeats no hit of page 1");
    }

    @Test
    void facetLinksFilterCombineAndRemove() {
        Document all = site.page("/search?q=sleep");
        Element herbal = facetValue(all, "Herbal remedies");
        assertEquals("/search?q=sleep&topic=herbal-remedies", herbal.attr("href"));
        long herbalCount = Long.parseLong(herbal.selectFirst(".count").text());

        Document filtered = site.page(herbal.attr("href"));
        assertEquals(herbalCount, total(filtered));
        assertTrue(total(filtered) < total(all));
        assertNotNull(filtered.selectFirst("a.facet-value.selected[aria-current]"));

        Element highRisk = facetValue(filtered, "High risk");
        Document combined = site.page(highRisk.attr("href"));
        assertTrue(highRisk.attr("href").contains("topic=herbal-remedies") && highRisk.attr("href").contains("risk=high"));
        assertEquals(Long.parseLong(highRisk.selectFirst(".count").text()), total(combined));
        assertEquals(2, combined.select(".active-filters .chip").size());

        Element removeTopic = combined.select(".active-filters .chip").stream()
                .filter(chip -> chip.text().startsWith("Topic")).findFirst().orElseThrow();
        assertEquals("/search?q=sleep&risk=high", removeTopic.attr("href"));
        Element clear = combined.selectFirst(".active-filters a:containsOwn(Clear all filters)");
        assertEquals("/search?q=sleep", clear.attr("href"));
    }

    @Test
    void valuesOfOneFacetAreAlternatives() {
        long herbal = total(site.page("/search?topic=herbal-remedies"));
        long medicines = total(site.page("/search?topic=sleep-medicines"));
        long either = total(site.page("/search?topic=herbal-remedies&topic=sleep-medicines"));
        assertTrue(either > Math.max(herbal, medicines) && either <= herbal + medicines, herbal + " " + medicines + " " + either);
    }

    @Test
    void aRespelledQueryShowsWhatItSearchedFor() {
        Document page = site.page("/search?q=insomina");
        assertEquals("Showing results for insomnia. No results for “insomina”.", page.selectFirst(".respelling").text());
        assertFalse(page.select("li.hit").isEmpty());
    }

    @Test
    void didYouMeanLinksToTheSpellingThatFindsMore() {
        String suggestion = site.api("/api/search?q=insomnia+stres").get("suggestion").asText(null);
        assertNotNull(suggestion, "the searcher respells 'stres'");
        Element link = site.page("/search?q=insomnia+stres").selectFirst(".respelling a");
        assertEquals(suggestion, link.text());
        assertEquals(SearchLinks.href(suggestion, Map.of(), 1), link.attr("href"));
    }

    @Test
    void anEmptyResultOffersSuggestionsAndTopics() {
        Document page = site.page("/search?q=qqqzzzx+melatonin+qqqzzzy&topic=getting-help");
        Element empty = page.selectFirst(".empty-state");
        assertNotNull(empty);
        assertEquals("0 results for “qqqzzzx melatonin qqqzzzy”", page.selectFirst("h1").text());
        assertNotNull(empty.selectFirst("a:containsOwn(Search again without filters)"));
        assertEquals(site.topicCount, empty.select(".topic-list li").size());
    }

    @Test
    void anEmptyResultSuggestsTitlesThatContainWhatWasTyped() {
        // A word fragment finds no article, but autocomplete knows the title it starts.
        Document page = site.page("/search?q=ashwag");
        assertTrue(page.select("li.hit").isEmpty());
        assertNotNull(page.selectFirst(".empty-state .suggestion-list a[href=/articles/ashwagandha]"));
    }

    @Test
    void aCrisisQueryShowsTheCrisisBannerAboveTheResults() {
        Document page = site.page("/search?q=overdose+on+sleeping+pills");
        Element banner = page.selectFirst("main > section.crisis");
        assertNotNull(banner);
        assertTrue(banner.text().contains("988"));
        assertTrue(banner.text().contains("1-800-222-1222"));
        assertTrue(banner.text().contains("local emergency number"));
        assertTrue(banner.elementSiblingIndex() < page.selectFirst("main .results-layout").elementSiblingIndex());
        assertNull(site.page("/search?q=melatonin").selectFirst("section.crisis"));
    }

    @Test
    void articlePageHasContentsTheFullSafetyPanelSourcesAndReviewDate() {
        Document page = site.page("/articles/kratom-what-is-known");
        assertTrue(page.selectFirst("h1").text().startsWith("Kratom: what is known"));
        Element safety = page.selectFirst("section.safety-full");
        Element kratom = safety.selectFirst("section.substance:has(h3#substance-kratom)");
        assertNotNull(kratom, "the kratom profile is in the panel");
        SubstanceProfile profile = kratom();
        assertEquals(profile.warnings().size(), kratom.select("h4:containsOwn(Warnings) + ul li").size(), "every warning");
        assertEquals(profile.interactions().size(), kratom.select("h4:containsOwn(Interactions) + ul li").size(), "every interaction");
        assertEquals(profile.avoidIf().size(), kratom.select("h4:containsOwn(Avoid if) + ul li").size(), "every avoid-if");
        assertEquals(profile.sources().size(), kratom.select("ul.sources li a[href^=https://]").size(), "the profile's sources");
        assertTrue(kratom.text().contains("Can cause dependence"));
        assertTrue(kratom.text().contains("Regulation: Not approved by the FDA"));
        int body = page.selectFirst(".article-body").elementSiblingIndex();
        assertTrue(safety.elementSiblingIndex() > body, "the full profiles follow the text");
        Element box = page.selectFirst("section.safety-box");
        assertTrue(box.elementSiblingIndex() < page.selectFirst("nav.toc").elementSiblingIndex(), "the safety box comes before the contents");
        assertNotNull(box.selectFirst(".evidence-very-low"), box.text());
        assertTrue(box.text().contains("High risk Kratom"), box.text());
        assertTrue(box.select(".top-warnings li").first().text().startsWith("Kratom: "), "the top warning: " + box.text());
        assertTrue(box.text().contains("Talk to a clinician or pharmacist"), box.text());
        assertNotNull(box.selectFirst("a[href=#profiles-heading]"), "a link down to the full profiles");

        Elements contents = page.select("nav.toc a");
        assertFalse(contents.isEmpty());
        for (Element entry : contents) {
            String id = entry.attr("href").substring(1);
            assertNotNull(page.selectFirst(".article-body [id=" + id + "]"), "no heading with id " + id);
        }
        Article article = site.article("kratom-what-is-known");
        assertEquals(article.sources().size(), page.select(".article-footer ul.sources li a").size(), "the article's own sources");
        assertEquals(article.reviewed().toString(), page.selectFirst(".article-footer time").attr("datetime"));
    }

    @Test
    void articlePageListsAtLeastFiveRelatedArticlesButNeverItself() {
        Document page = site.page("/articles/melatonin");
        Elements related = page.select("section.related li.hit");
        assertTrue(related.size() >= 5, "related: " + related.size());
        for (Element hit : related) {
            assertFalse(hit.selectFirst("h3 a").attr("href").equals("/articles/melatonin"));
            assertNotNull(hit.selectFirst("aside.safety"));
        }
    }

    @Test
    void searchHitsLinkToTheSectionThatMatched() {
        Document results = site.page("/search?q=withdrawal+symptoms");
        Element section = results.selectFirst("a.hit-section");
        assertNotNull(section);
        String[] parts = section.attr("href").split("#");
        Document article = site.page(parts[0]);
        assertNotNull(article.selectFirst(".article-body [id=" + parts[1] + "]"), section.attr("href"));
    }

    @Test
    void topicPagesListTheirArticlesWithSafetyPanels() {
        Document topics = site.page("/topics");
        assertEquals(site.topicCount, topics.select(".topic-grid li").size());
        Document insomnia = site.page("/topics/insomnia");
        assertEquals("Insomnia", insomnia.selectFirst("h1").text());
        assertEquals(10, insomnia.select("li.hit aside.safety").size());
        assertNotNull(insomnia.selectFirst("nav.pagination a[href=/topics/insomnia?page=2]"));
        assertEquals("/search?topic=insomnia", insomnia.selectFirst("a:containsOwn(Search within this topic)").attr("href"));
        assertFalse(site.page("/topics/insomnia?page=2").select("li.hit").isEmpty());
    }

    @Test
    void aboutSafetyExplainsEveryGradeAndLevel() {
        Document page = site.page("/about/safety");
        assertEquals(List.of("High", "Moderate", "Low", "Very low", "Not yet reviewed"), page.select(".meanings .evidence-label").eachText());
        assertEquals(List.of(4, 3, 2, 1, 0), page.select(".meanings .evidence-bar").stream().map(bar -> bar.select(".step.on").size()).toList(),
                "evidence is a bar of four steps, filled as far as the grade reaches");
        assertEquals(List.of("High risk", "Moderate risk", "Low risk"), page.select(".meanings .badge").eachText(),
                "only risk levels are coloured badges");
        assertTrue(page.text().contains("Information, not medical advice"));
    }

    @Test
    void everyPageSaysItIsInformationNotMedicalAdviceAndHasLandmarks() {
        for (String path : List.of("/", "/search?q=sleep", "/search?q=qqqzzz", "/articles/naps", "/topics", "/topics/stress",
                "/about/safety", "/no/such/page", "/search?page=0")) {
            HttpResponse<String> response = site.get(path);
            Document page = Jsoup.parse(response.body());
            assertTrue(page.selectFirst("body > footer.site-footer").text().contains("This is information, not medical advice."), path);
            assertTrue(page.selectFirst("body > header.site-header").text().contains("Information, not medical advice."),
                    "said at the top too, not only in the footer: " + path);
            assertNotNull(page.selectFirst("header"), path);
            assertNotNull(page.selectFirst("main#main"), path);
            String skipTo = page.selectFirst("a.skip-link").attr("href");
            assertEquals(path.startsWith("/search") && response.statusCode() == 200 ? "#results" : "#main", skipTo,
                    "results pages skip past the filters to the results: " + path);
            assertNotNull(page.selectFirst(skipTo), path);
            assertFalse(page.selectFirst("meta[name=description]").attr("content").isBlank(), path);
            assertEquals("en", page.selectFirst("html").attr("lang"));
            assertEquals(1, page.select("h1").size(), path);
        }
    }

    @Test
    void unknownPagesArticlesAndTopicsAre404Pages() {
        for (String path : List.of("/no/such/page", "/articles/no-such-article", "/articles/Bad%20Slug", "/topics/no-such-topic")) {
            HttpResponse<String> response = site.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertEquals("Page not found", Jsoup.parse(response.body()).selectFirst("h1").text(), path);
        }
        Document missing = Jsoup.parse(site.get("/articles/no-such-article").body());
        assertEquals("There is no article “no-such-article”.", missing.selectFirst("main .lead").text(),
                "names in quotation marks, not Markdown backticks");
    }

    @Test
    void theListEndsWhereRelevanceDoesAndTheRestIsOneLinkAway() {
        Document answer = site.page("/search?q=is+kratom+safe+for+sleep");
        int listed = Integer.parseInt(answer.selectFirst("h1").text().replaceAll("\\D.*", ""));
        assertTrue(listed <= 25, answer.selectFirst("h1").text());
        Element folded = answer.selectFirst("p.folded");
        assertNotNull(folded, "the weak tail is counted");
        assertTrue(folded.text().matches("\\d+ more articles mention these words\\. List them too"), folded.text());
        String whole = folded.selectFirst("a").attr("href");
        assertTrue(whole.contains("all=1"), whole);
        int more = Integer.parseInt(folded.text().replaceAll("\\D.*", ""));
        Document everything = site.page(whole);
        assertEquals(listed + more, Integer.parseInt(everything.selectFirst("h1").text().replaceAll("\\D.*", "")),
                "listed and folded are every match");
        assertNull(everything.selectFirst("p.folded"));
        assertTrue(everything.select("nav.pagination a").eachAttr("href").stream().allMatch(href -> href.contains("all=1")),
                "the pages of the whole list stay whole");
    }

    @Test
    void keyPointsFromFrontMatterComeBeforeTheSafetyBoxAndTheText() {
        Document page = site.page("/articles/" + TestSite.SCRIPT_SLUG);
        Element points = page.selectFirst("section.key-points");
        assertEquals(List.of("A key point with <em>markup</em> shown as text.", "A second key point."), points.select("li").eachText());
        assertTrue(points.elementSiblingIndex() < page.selectFirst("section.safety-box").elementSiblingIndex());
        assertNull(site.page("/articles/melatonin").selectFirst("section.key-points"), "no key points given, none shown");
    }

    @Test
    void aTopicPageListsTheArticlesCentralToItFirst() {
        Document insomnia = site.page("/topics/insomnia");
        List<String> slugs = insomnia.select("ol.hits > li.hit .hit-title a").eachAttr("href");
        assertTrue(slugs.subList(0, 3).contains("/articles/insomnia-and-cbt-i"), "the article about insomnia and CBT-I near the top, not 5-HTP: " + slugs);
        assertTrue(slugs.subList(0, 4).contains("/articles/waking-up-at-night"), "another article that names insomnia first: " + slugs);
        assertTrue(!slugs.contains("/articles/5-htp-and-tryptophan")
                || slugs.indexOf("/articles/5-htp-and-tryptophan") > slugs.indexOf("/articles/insomnia-and-cbt-i"),
                "an article that names insomnia second comes later: " + slugs);
        // The order changes nothing in what is listed: every article on the topic, each once.
        Set<String> all = new java.util.HashSet<>();
        for (int page = 1; page <= 10; page++) {
            all.addAll(site.page("/topics/insomnia?page=" + page).select("ol.hits > li.hit .hit-title a").eachAttr("href"));
        }
        assertEquals(insomnia.selectFirst("main .meta").text().replaceAll("\\D.*", ""), Integer.toString(all.size()), all.toString());
    }

    @Test
    void pagesDescribeThemselvesAndNameTheirCanonicalAddress() {
        Document article = site.page("/articles/melatonin");
        assertEquals(article.selectFirst(".article-header .lead").text(), article.selectFirst("meta[name=description]").attr("content"));
        assertEquals("/articles/melatonin", article.selectFirst("link[rel=canonical]").attr("href"));
        Document topic = site.page("/topics/insomnia?page=1");
        assertEquals("/topics/insomnia", topic.selectFirst("link[rel=canonical]").attr("href"), "page 1 has one address");
        assertEquals(topic.selectFirst("main .lead").text(), topic.selectFirst("meta[name=description]").attr("content"));
        assertEquals("/topics/insomnia?page=2", site.page("/topics/insomnia?page=2").selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/", site.page("/").selectFirst("link[rel=canonical]").attr("href"));
        assertNull(site.page("/search?q=sleep").selectFirst("link[rel=canonical]"), "results pages are not for search engines");
    }

    @Test
    void robotsTxtKeepsCrawlersOffResultsAndPointsToTheSitemap() {
        HttpResponse<String> robots = site.get("/robots.txt");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        List<String> lines = robots.body().lines().toList();
        assertTrue(lines.containsAll(List.of("User-agent: *", "Disallow: /search", "Disallow: /api/")), robots.body());
        assertTrue(lines.contains("Sitemap: " + site.url("/sitemap.xml")), robots.body());
    }

    @Test
    void theSitemapListsHomeTopicsAndEveryArticleByAbsoluteAddress() {
        HttpResponse<String> sitemap = site.get("/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        assertTrue(sitemap.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        Document xml = Jsoup.parse(sitemap.body(), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", xml.selectFirst("urlset").attr("xmlns"));
        List<String> addresses = xml.select("url > loc").eachText();
        assertTrue(addresses.containsAll(List.of(site.url("/"), site.url("/topics"), site.url("/topics/insomnia"),
                site.url("/articles/melatonin"), site.url("/articles/kratom-stress-relief-and-sleep"))), addresses.toString());
        long articles = addresses.stream().filter(a -> a.startsWith(site.url("/articles/"))).count();
        assertEquals(site.page("/search").select("h1").text().replaceAll("\\D+", ""), Long.toString(articles),
                "every article once");
        assertEquals(addresses.size(), Set.copyOf(addresses).size());
        assertEquals(site.page("/topics").select(".topic-grid li").size(), addresses.stream().filter(a -> a.startsWith(site.url("/topics/"))).count());
    }

    @Test
    void badParametersAreExplainedNotCrashedOn() {
        assertBadRequest("/search?q=sleep&page=abc", "page must be a whole number from 1 to 100");
        assertBadRequest("/search?q=sleep&page=0", "page must be a whole number from 1 to 100");
        assertBadRequest("/search?q=sleep&page=101", "page must be a whole number from 1 to 100");
        assertBadRequest("/search?q=" + "a".repeat(501), "q is 501 characters long; the limit is 500");
        assertEquals(200, site.get("/search?q=" + "a".repeat(500)).statusCode());
        assertBadRequest("/topics/insomnia?page=-1", "page must be a whole number from 1 to 100");
    }

    @Test
    void aPagePastTheLastStillOffersAWayBack() {
        Document page = site.page("/search?q=kratom&page=5");
        assertNotNull(page.selectFirst(".empty-state a[href=/search?q=kratom]"));
    }

    private void assertBadRequest(String path, String message) {
        HttpResponse<String> response = site.get(path);
        assertEquals(400, response.statusCode(), path);
        String body = Jsoup.parse(response.body()).selectFirst("main").text();
        assertTrue(body.toLowerCase().contains(message.toLowerCase()), body);
        assertFalse(response.body().contains("Exception"), "no stack trace");
    }

    static Element hitFor(Document page, String slug) {
        Element link = page.selectFirst("li.hit .hit-title a[href=/articles/" + slug + "]");
        assertNotNull(link, "no hit for " + slug);
        return link.closest("li.hit");
    }

    private static Element facetValue(Document page, String label) {
        return page.select("aside.facets a.facet-value").stream()
                .filter(a -> a.ownText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no facet value " + label));
    }

    private static long total(Document page) {
        String heading = page.selectFirst("h1").text();
        return Long.parseLong(heading.substring(0, heading.indexOf(' ')).replace(",", ""));
    }

    private static Set<String> slugs(Document page) {
        return page.select("li.hit .hit-title a").stream().map(a -> a.attr("href")).collect(Collectors.toSet());
    }

    /** The bundled kratom profile, which the pages must show in full. */
    private SubstanceProfile kratom() {
        return site.corpusRead().substances().get("kratom");
    }
}
