package org.sleepkb.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does with the site, in real headless Chromium against the real server; and what
 * the safety information looks like there: evidence and risk never share a look, and every
 * safety text and badge keeps WCAG AA contrast (4.5:1 for text, 3:1 for the steps of the evidence
 * bar), measured on the computed colours.
 */
class SearchInTheBrowserTest extends InTheBrowser {

    /**
     * For each element matching the selector, its contrast against the first opaque background
     * behind it, by the WCAG formula; returns "selector text: ratio" for those under {@code min}.
     */
    private static final String CONTRAST = """
            const [selector, min, property] = arguments;
            const rgb = c => c.match(/[\\d.]+/g).map(Number);
            const lum = c => { const v = rgb(c).slice(0, 3).map(x => x / 255)
                .map(x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));
                return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
            const opaque = c => { const v = rgb(c); return v.length < 4 || v[3] === 1; };
            const background = el => { for (let e = el; e; e = e.parentElement) {
                const b = getComputedStyle(e).backgroundColor; if (opaque(b)) return b; } return 'rgb(255,255,255)'; };
            const failures = [];
            for (const el of document.querySelectorAll(selector)) {
                const fg = getComputedStyle(el)[property];
                const bg = property === 'color' ? background(el) : background(el.parentElement);
                const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
                const ratio = (a + 0.05) / (b + 0.05);
                if (ratio < min) failures.push(el.className + ' «' + el.textContent.trim() + '»: ' + ratio.toFixed(2));
            }
            return failures;""";

    @Test
    void searchFromTheHomePageShowsTheSafetyPanelOnTheKratomHit() {
        browser.get(site.url("/"));
        // autofocus applies once the page is shown, which on a busy machine may follow the load event
        WebElement focused = waitFor().withMessage("the search box has focus")
                .until(d -> "q".equals(d.switchTo().activeElement().getAttribute("name")) ? d.switchTo().activeElement() : null);
        focused.sendKeys("kratom", Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("/search?q=kratom"));
        WebElement hit = hit("kratom-what-is-known");
        WebElement panel = hit.findElement(By.cssSelector("aside.safety"));
        assertTrue(panel.isDisplayed());
        assertTrue(panel.getText().contains("High risk"), panel.getText());
        assertTrue(panel.getText().contains("Kratom"));
        assertTrue(panel.getText().contains("Very low"));
        // The panel stands beside the hit's text on a wide screen.
        WebElement text = hit.findElement(By.cssSelector(".hit-text"));
        assertTrue(panel.getRect().getX() > text.getRect().getX() + text.getRect().getWidth() - 1);
    }

    @Test
    void openAnArticleFromTheResults() {
        browser.get(site.url("/search?q=melatonin"));
        WebElement link = hit("melatonin").findElement(By.cssSelector(".hit-title a"));
        String title = link.getText();
        link.click();
        waitFor().until(ExpectedConditions.urlContains("/articles/melatonin"));
        assertEquals(title, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("section.safety-full")).isDisplayed());
        WebElement entry = browser.findElement(By.cssSelector("nav.toc a"));
        String anchor = entry.getAttribute("href").substring(entry.getAttribute("href").indexOf('#') + 1);
        entry.click();
        assertTrue(browser.getCurrentUrl().endsWith("#" + anchor));
        assertTrue(browser.findElement(By.id(anchor)).isDisplayed());
    }

    @Test
    void followARelatedArticle() {
        browser.get(site.url("/articles/kratom-what-is-known"));
        List<WebElement> related = browser.findElements(By.cssSelector("section.related .hit-title a"));
        assertTrue(related.size() >= 5, "related: " + related.size());
        WebElement first = related.get(0);
        String title = first.getText();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
        first.click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/articles/kratom-what-is-known")));
        assertEquals(title, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getCurrentUrl().contains("/articles/"));
    }

    @Test
    void filterByAFacetAndRemoveIt() {
        browser.get(site.url("/search?q=sleep"));
        String before = browser.findElement(By.tagName("h1")).getText();
        WebElement veryLow = browser.findElements(By.cssSelector("aside.facets a.facet-value")).stream()
                .filter(a -> a.getText().startsWith("Very low")).findFirst().orElseThrow();
        veryLow.click();
        waitFor().until(ExpectedConditions.urlContains("evidence=very-low"));
        assertNotEquals(before, browser.findElement(By.tagName("h1")).getText());
        for (WebElement badge : browser.findElements(By.cssSelector("li.hit aside.safety .safety-row:first-child .badge"))) {
            assertEquals("Very low", badge.getText());
        }
        browser.findElement(By.cssSelector(".active-filters a.chip")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("evidence=")));
        assertEquals(before, browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void autocompleteShowsSuggestionsAndTheKeyboardCanPickOne() {
        browser.get(site.url("/"));
        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys("melat");
        WebElement list = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("home-q-suggestions")));
        List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
        assertFalse(options.isEmpty());
        assertTrue(options.stream().anyMatch(o -> o.getText().startsWith("Melatonin")), list.getText());
        assertEquals("true", box.getAttribute("aria-expanded"));
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("home-q-suggestions-0", box.getAttribute("aria-activedescendant"));
        box.sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlToBe(site.url("/"))));
        assertTrue(browser.getCurrentUrl().contains("melatonin"), browser.getCurrentUrl());
    }

    @Test
    void theSkipLinkLeadsPastTheFiltersToTheFirstResult() {
        browser.get(site.url("/search?q=sleep"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Skip to results", focused.getText());
        assertTrue(focused.isDisplayed(), "the skip link shows when focused");
        focused.sendKeys(Keys.ENTER);
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement next = browser.switchTo().activeElement();
        WebElement firstTitle = browser.findElement(By.cssSelector("ol.hits > li.hit .hit-title a"));
        assertEquals(firstTitle, next, "one Tab after the skip link reaches the first result, not the filters");
    }

    @Test
    void resultsFitANarrowPhoneScreen() {
        try {
            browser.manage().window().setSize(new Dimension(360, 800));
            browser.get(site.url("/search?q=kratom"));
            long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow, "no sideways scrolling at 360 px");
            WebElement hit = hit("kratom-what-is-known");
            assertTrue(hit.findElement(By.cssSelector("aside.safety")).isDisplayed());
            WebElement filters = browser.findElement(By.cssSelector("details.filters"));
            assertEquals(null, filters.getAttribute("open"), "filters start folded on a phone, so results come first");
            filters.findElement(By.tagName("summary")).click();
            assertTrue(browser.findElement(By.cssSelector("details.filters a.facet-value")).isDisplayed());
        } finally {
            browser.manage().window().setSize(new Dimension(DESKTOP_WIDTH, WINDOW_HEIGHT));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> lowContrast(String selector, double min, String property) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(CONTRAST, selector, min, property);
    }

    @Test
    void theCardForWhatWasSearchedStandsAboveTheHits() {
        browser.get(site.url("/search?q=ambien+and+alcohol"));
        WebElement card = browser.findElement(By.cssSelector("section.about-card"));
        assertTrue(card.isDisplayed());
        assertTrue(card.getText().contains("Z-drugs + Alcohol: Major"), card.getText());
        WebElement firstHit = browser.findElement(By.cssSelector("ol.hits li.hit"));
        assertTrue(card.getRect().getY() + card.getRect().getHeight() <= firstHit.getRect().getY());
    }

    @Test
    void veryLowEvidenceDoesNotLookLikeHighRisk() {
        browser.get(site.url("/search?q=kratom"));
        WebElement evidence = browser.findElement(By.cssSelector("aside.safety .evidence.evidence-very-low"));
        WebElement risk = browser.findElement(By.cssSelector("aside.safety .badge.risk-high"));
        assertNotEquals(risk.getCssValue("background-color"), evidence.getCssValue("background-color"));
        assertNotEquals(risk.getCssValue("color"), evidence.findElement(By.cssSelector(".evidence-label")).getCssValue("color"));
        assertEquals(1, evidence.findElements(By.cssSelector(".evidence-bar .step.on")).size());
    }

    @Test
    void safetyTextAndBadgesKeepAaContrast() {
        for (String path : List.of("/search?q=ambien+and+alcohol", "/search?q=kratom", "/articles/z-drugs", "/about/safety")) {
            browser.get(site.url(path));
            List<String> text = lowContrast(".badge, .severity, .evidence-label, .about-card li, .safety dt, .safety dd, .cited a", 4.5, "color");
            assertEquals(List.of(), text, path + ": text under 4.5:1");
            List<String> steps = lowContrast(".evidence-bar .step", 3, "borderTopColor");
            assertEquals(List.of(), steps, path + ": evidence bar steps under 3:1");
        }
    }

    private static WebElement hit(String slug) {
        return browser.findElement(By.xpath("//li[contains(@class,'hit')][.//h2/a[@href='/articles/" + slug + "']]"));
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
