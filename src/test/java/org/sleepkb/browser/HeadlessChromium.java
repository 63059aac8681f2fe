package org.sleepkb.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.sleepkb.io.TemporaryFolder;

/**
 * Debian's Chromium and chromedriver, headless, with a fresh profile. Where they are missing the
 * browser tests skip with a message, except in CI ({@code CI=true}), where a missing browser
 * fails the build so that the tests cannot silently stop running.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /**
     * Selenium warns on every session that it has no DevTools bindings for this Chromium version;
     * the tests do not use DevTools. Held here so the logger and its level are not collected.
     */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
    }

    static final String MISSING = "browser tests need " + BROWSER + " and " + DRIVER
            + " (apt-get install chromium chromium-driver)";

    /**
     * True when Chromium and its driver are installed. When they are not, says so on the console
     * and returns false, or fails at once in CI.
     */
    static boolean installed() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return true;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(MISSING + "; CI=true, so their absence fails the build");
        }
        System.err.println("SKIPPED: " + MISSING + "; the browser tests are skipped");
        return false;
    }

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static HeadlessChromium start(int width, int height) {
        Path profile;
        try {
            profile = Files.createTempDirectory("sleepkb-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Quits the browser and deletes its profile. */
    @Override
    public void close() throws IOException {
        driver.quit();
        TemporaryFolder.delete(profile);
    }
}
