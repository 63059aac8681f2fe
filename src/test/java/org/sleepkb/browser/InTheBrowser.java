package org.sleepkb.browser;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sleepkb.web.TestSite;

/**
 * A browser test class: one headless Chromium at 1280 × 1000 for the class, against the shared
 * test site; each test is skipped (or fails in CI) when Chromium is not installed.
 */
abstract class InTheBrowser {

    static final int DESKTOP_WIDTH = 1280;
    static final int WINDOW_HEIGHT = 1000;

    static HeadlessChromium chromium;
    static ChromeDriver browser;
    static TestSite site;

    @BeforeAll
    static void startBrowser() {
        if (HeadlessChromium.installed()) {
            site = TestSite.get();
            chromium = HeadlessChromium.start(DESKTOP_WIDTH, WINDOW_HEIGHT);
            browser = chromium.driver();
        }
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(browser != null, HeadlessChromium.MISSING);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
            browser = null;
        }
    }
}
