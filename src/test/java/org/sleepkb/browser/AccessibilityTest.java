package org.sleepkb.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** axe-core finds no WCAG 2.1 A or AA violation on any kind of page, in the light and the dark colour scheme. */
class AccessibilityTest extends InTheBrowser {

    private static Axe axe;

    @BeforeAll
    static void loadAxe() {
        if (browser != null) {
            axe = Axe.installed();
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        }
    }

    @BeforeEach
    void needsAxe() {
        Assumptions.assumeTrue(axe != null, Axe.MISSING);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "/, light", "/, dark",
        "/search?q=melatonin, light", "/search?q=melatonin, dark",
        "/search?q=kratom&evidence=very-low, light", "/search?q=kratom&evidence=very-low, dark",
        "/search?q=qwxzv, light", "/search?q=qwxzv, dark",
        "/articles/melatonin, light", "/articles/melatonin, dark",
        "/topics, light", "/topics, dark",
        "/topics/insomnia, light", "/topics/insomnia, dark",
        "/about/safety, light", "/about/safety, dark",
        "/articles/no-such-article, light", "/articles/no-such-article, dark",
    })
    void noWcag21AaViolations(String path, String scheme) {
        Axe.colourScheme(browser, scheme);
        browser.get(site.url(path));
        assertEquals(scheme.equals("dark"), browser.executeScript(
                "return matchMedia('(prefers-color-scheme: dark)').matches;"), "the page sees the " + scheme + " scheme");
        List<String> violations = axe.violations(browser);
        assertTrue(violations.isEmpty(), path + " in " + scheme + ":\n" + String.join("\n", violations));
    }
}
