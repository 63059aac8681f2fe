package org.sleepkb.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the accessibility engine from npm ({@code src/test/axe/package.json}, installed with
 * {@code npm ci --prefix src/test/axe}, as {@code .ci/run} does), run inside the page in the
 * browser. Where it is not installed the accessibility test skips with a message, except in CI
 * ({@code CI=true}), where its absence fails the build.
 */
final class Axe {

    static final Path SCRIPT = Path.of("src/test/axe/node_modules/axe-core/axe.min.js");
    static final String MISSING = "the accessibility test needs axe-core at " + SCRIPT
            + " (npm ci --prefix src/test/axe)";
    /** WCAG 2.0 and 2.1, levels A and AA. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** axe-core's script, or null after a message when it is not installed (a failure in CI). */
    static Axe installed() {
        if (!Files.isRegularFile(SCRIPT)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(MISSING + "; CI=true, so its absence fails the build");
            }
            System.err.println("SKIPPED: " + MISSING + "; the accessibility test is skipped");
            return null;
        }
        try {
            return new Axe(Files.readString(SCRIPT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The WCAG 2.1 A and AA violations on the page the browser shows, one line each: the rule,
     * its impact and the elements that break it.
     */
    List<String> violations(ChromeDriver browser) {
        browser.executeScript(source);
        Object answer = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                        + " + v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '')).join('; '))))"
                        + ".catch(e => done(['axe failed: ' + e]));",
                WCAG_21_AA);
        return ((List<?>) answer).stream().map(String::valueOf).toList();
    }

    /** Asks the browser to report {@code prefers-color-scheme} as light or dark. */
    static void colourScheme(ChromeDriver browser, String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }
}
