package org.sleepkb.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** Sizes and positions that decide whether a page reads well, measured in headless Chromium. */
class ReadingLayoutTest extends InTheBrowser {

    private static final int PHONE = 390;
    /** WCAG 2.2's minimum size of a target that does not stand inside a sentence. */
    private static final int TAP_TARGET = 24;

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=melatonin", "/search?q=sleep&evidence=very-low", "/articles/melatonin", "/topics/insomnia", "/topics", "/"})
    void tapTargetsAreAtLeast24PixelsTall(String path) {
        for (int width : List.of(DESKTOP_WIDTH, PHONE)) {
            at(width, path);
            // Links inside running text (a sentence, a snippet, the article body, a citation) are exempt, as in WCAG 2.2.
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) browser.executeScript(
                    "const inText = el => el.closest('p, dd, .hit-snippet, .article-body, .lead, .cited');"
                            + "return [...document.querySelectorAll('a[href], button, input, summary')]"
                            + ".filter(el => el.getClientRects().length > 0 && !el.classList.contains('skip-link') && !inText(el))"
                            + ".map(el => [el, el.getBoundingClientRect().height])"
                            + ".filter(([el, h]) => h < arguments[0])"
                            + ".map(([el, h]) => el.tagName + ' \"' + el.textContent.trim().slice(0, 30) + '\" ' + h.toFixed(1) + ' px');",
                    TAP_TARGET);
            assertTrue(small.isEmpty(), path + " at " + width + " px: " + small);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"melatonin", "kratom-what-is-known", "kratom-stress-relief-and-sleep", "otc-sleep-aids", "combining-sedatives"})
    void theTextOfAnArticleStartsWithinTheFirstScreens(String slug) {
        for (Map.Entry<Integer, Integer> limit : Map.of(DESKTOP_WIDTH, 1200, PHONE, 1800).entrySet()) {
            at(limit.getKey(), "/articles/" + slug);
            long top = top(".article-body > p");
            System.out.printf("%s at %d px: the text starts at %d px (limit %d)%n", slug, limit.getKey(), top, limit.getValue());
            assertTrue(top <= limit.getValue(), slug + " at " + limit.getKey() + " px: the text starts at " + top
                    + " px, past " + limit.getValue() + " px");
            assertTrue(top(".safety-box") < top && top(".safety-full") > top, "the safety box before the text, the profiles after");
        }
    }

    @Test
    void theEmptyResultsMessageUsesTheWidthOfThePage() {
        at(DESKTOP_WIDTH, "/search?q=qwxzv");
        long width = ((Number) browser.executeScript(
                "return document.querySelector('.empty-state').getBoundingClientRect().width;")).longValue();
        assertTrue(width >= 600, "the empty state is " + width + " px wide, squeezed into the filter column");
    }

    /** The top of the first element {@code selector} selects, from the top of the page, in CSS pixels. */
    private static long top(String selector) {
        return ((Number) browser.executeScript(
                "return document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY;", selector)).longValue();
    }

    private static void at(int width, String path) {
        browser.manage().window().setSize(new Dimension(width, WINDOW_HEIGHT));
        browser.get(site.url(path));
    }
}
